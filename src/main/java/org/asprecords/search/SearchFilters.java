package org.asprecords.search;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a search, as its address gives them ({@code /search?q=…&session=22},
 * {@code from=2020&to=2023}, {@code sort=NEWEST}); each may be absent.
 *
 * @param session the slug of the one session searched
 * @param from the first year searched
 * @param to the last year searched
 * @param sort the order of the matches
 */
public record SearchFilters(String session, Integer from, Integer to, SearchSort sort) {

	/** The first year the Assembly met in, and the last a filter may name. */
	static final int FIRST_YEAR = 2002;

	static final int LAST_YEAR = 2100;

	public static final SearchFilters NONE = new SearchFilters(null, null, null, SearchSort.RELEVANCE);

	public SearchFilters {
		session = (session == null || session.isBlank()) ? null : session.strip();
		sort = (sort != null) ? sort : SearchSort.RELEVANCE;
	}

	/**
	 * The address of the search for {@code q} at {@code path} ({@code /search},
	 * {@code /search.csv}), of one kind or of every kind ({@code null}), with these
	 * filters: only those set, so that a search has one address.
	 */
	public String address(String path, String q, SearchKind kind) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(path).queryParam("q", q);
		if (kind != null) {
			address.queryParam("kind", kind);
		}
		if (this.session != null) {
			address.queryParam("session", this.session);
		}
		if (this.from != null) {
			address.queryParam("from", this.from);
		}
		if (this.to != null) {
			address.queryParam("to", this.to);
		}
		if (this.sort != SearchSort.RELEVANCE) {
			address.queryParam("sort", this.sort);
		}
		return address.encode().build().toUriString();
	}

	/** The same search in every session: in the same order, without session or years. */
	public SearchFilters everySession() {
		return new SearchFilters(null, null, null, this.sort);
	}

}
