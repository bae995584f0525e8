package org.asprecords.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.asprecords.db.Excerpts;
import org.asprecords.db.Snippet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches every kind of record at once with PostgreSQL full-text search, in one
 * statement: matches ranked within each kind, counted per kind, and excerpts highlighted
 * only for the matches shown.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

	/** Matches shown per kind when all kinds are searched. */
	static final int PER_KIND = 5;

	/**
	 * The most matches of one kind that are listed (in pages, in downloads), the best
	 * first: beyond them, a search says only that there are more, so that no page or
	 * download grows with the records.
	 */
	public static final int MOST = 1000;

	/**
	 * Each kind's page of matches (its own ranked, limited query on its GIN index), with
	 * their texts and the words of the search as PostgreSQL reads them, from which
	 * {@link Excerpts} makes the excerpts of the rows shown.
	 */
	private static final String QUERY = """
			with q as (select websearch_to_tsquery('portal_english', :text) e, websearch_to_tsquery('portal_simple', :text) s)
			select h.kind, h.path, h.title, h.label, h.total, %s doc, q.e::text query_english, q.s::text query_names, %s
			from (%s) h cross join q%s
			order by h.ord, %s""";

	private static final String COUNTS = """
			with q as (select websearch_to_tsquery('portal_english', :text) e, websearch_to_tsquery('portal_simple', :text) s)
			select c.kind, c.total from (%s) c where c.total > 0""";

	private final JdbcClient jdbc;

	private final RecordTitles titles;

	SiteSearch(JdbcClient jdbc, RecordTitles titles) {
		this.jdbc = jdbc;
		this.titles = titles;
	}

	/**
	 * The best {@link #PER_KIND} matches of every kind, those of the kind {@code first}
	 * (when given) first.
	 */
	public SearchResults everything(String text, SearchScope scope, SearchSort sort, SearchKind first) {
		List<SearchKind> kinds = new ArrayList<>(Arrays.asList(SearchKind.values()));
		if (first != null) {
			kinds.remove(first);
			kinds.add(0, first);
		}
		return run(text, scope, sort, kinds, 0, PER_KIND, true);
	}

	/**
	 * One page of the matches of one kind, among its {@link #MOST} best.
	 */
	public SearchResults only(String text, SearchScope scope, SearchSort sort, SearchKind kind, long offset,
			int limit) {
		return run(text, scope, sort, List.of(kind), offset, (int) Math.max(0, Math.min(limit, MOST - offset)), true);
	}

	/**
	 * The {@link #MOST} best matches of one kind or of every kind ({@code null}), best
	 * first within each kind, without excerpts.
	 */
	public SearchResults all(String text, SearchScope scope, SearchSort sort, SearchKind kind) {
		return run(text, scope, sort, (kind != null) ? List.of(kind) : Arrays.asList(SearchKind.values()), 0, MOST,
				false);
	}

	/**
	 * How many records of each of {@code kinds} match, for the kinds with matches, in the
	 * order of kinds: what a page of one kind's matches offers besides.
	 */
	public Map<SearchKind, Long> counts(String text, SearchScope scope, Collection<SearchKind> kinds) {
		if (text.isEmpty() || kinds.isEmpty()) {
			return Map.of();
		}
		String union = kinds.stream()
			.map((kind) -> kind.countSelect(scope))
			.collect(Collectors.joining("\nunion all\n"));
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		scope.bind(this.jdbc.sql(COUNTS.formatted(union)).param("text", text))
			.query((rs, n) -> counts.put(SearchKind.valueOf(rs.getString("kind")), rs.getLong("total")))
			.list();
		return counts;
	}

	private SearchResults run(String text, SearchScope scope, SearchSort sort, List<SearchKind> kinds, long offset,
			int limit, boolean excerpts) {
		if (text.isEmpty()) {
			return new SearchResults(text, List.of());
		}
		String union = kinds.stream()
			.map((kind) -> kind.searchSelect(scope, sort))
			.collect(Collectors.joining("\nunion all\n"));
		var query = this.jdbc
			.sql(QUERY.formatted(excerpts ? "h.doc" : "null", RecordTitles.SESSION_COLUMNS, union,
					RecordTitles.sessionJoin("h"), sort.unionOrder()))
			.param("text", text)
			.param("offset", offset)
			.param("limit", limit);
		List<Row> rows = scope.bind(query)
			.query((rs, n) -> new Row(SearchKind.valueOf(rs.getString("kind")), rs.getString("path"),
					rs.getString("title"), rs.getString("label"), RecordTitles.session(rs), rs.getLong("total"),
					rs.getString("doc"), rs.getString("query_english"), rs.getString("query_names")))
			.list();
		// every row carries the same words of the search
		Excerpts excerpted = rows.isEmpty() ? null : Excerpts.of(rows.get(0).queryEnglish(), rows.get(0).queryNames());
		Map<SearchKind, List<Row>> byKind = new LinkedHashMap<>();
		kinds.forEach((kind) -> byKind.put(kind, new ArrayList<>()));
		rows.forEach((row) -> byKind.get(row.kind()).add(row));
		List<SearchResults.Group> groups = new ArrayList<>();
		byKind.forEach((kind, matches) -> {
			if (!matches.isEmpty()) {
				long total = matches.get(0).total();
				groups.add(new SearchResults.Group(kind, Math.min(total, MOST), total > MOST,
						matches.stream().map((row) -> hit(row, excerpted)).toList()));
			}
		});
		return new SearchResults(text, groups);
	}

	private SearchResults.Hit hit(Row row, Excerpts excerpts) {
		RecordTitles.Titled titled = this.titles.of(row.kind(), row.title(), row.label(), row.session());
		Snippet snippet = (row.doc() == null) ? new Snippet(List.of())
				: row.kind().readsNames() ? excerpts.names(row.doc()) : excerpts.english(row.doc());
		return new SearchResults.Hit(row.path(), titled.title(), titled.session(), snippet);
	}

	private record Row(SearchKind kind, String path, String title, String label, RecordTitles.Session session,
			long total, String doc, String queryEnglish, String queryNames) {
	}

}
