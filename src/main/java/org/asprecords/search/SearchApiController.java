package org.asprecords.search;

import java.util.List;
import java.util.stream.Collectors;

import org.asprecords.db.Snippet;
import org.asprecords.session.AssemblySession;
import org.asprecords.web.Pagination;
import org.asprecords.web.SearchText;
import org.asprecords.web.api.Links;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site search in the JSON API: the best matches of every kind of record, or a page of
 * one kind's, each with a plain-text excerpt and the words that matched.
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchApiController {

	private final SiteSearch search;

	private final SearchQueries queries;

	SearchApiController(SiteSearch search, SearchQueries queries) {
		this.search = search;
		this.queries = queries;
	}

	@GetMapping
	SearchJson search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SearchKind kind,
			SearchFilters filters, @RequestParam(defaultValue = "1") int page) {
		SearchQuery query = this.queries.read(SearchText.clean(q), filters);
		if (kind == null) {
			return SearchJson.of(query,
					this.search.everything(query.words(), query.scope(), filters.sort(), query.asked()));
		}
		Pageable pageable = Pagination.request(page, Sort.unsorted());
		return SearchJson.of(query, this.search.only(query.words(), query.scope(), filters.sort(), kind,
				pageable.getOffset(), pageable.getPageSize()));
	}

	/**
	 * @param query the query as asked
	 * @param words what was searched as words: the query but the sessions it names
	 * @param sessions the sessions the query names ({@code ASP22}, {@code 2023}), to
	 * which the records of sessions are narrowed; none for every session
	 */
	public record SearchJson(String query, String words, List<String> sessions, List<GroupJson> groups) {

		static SearchJson of(SearchQuery query, SearchResults results) {
			return new SearchJson(query.text(), query.words(),
					query.named().stream().map(AssemblySession::getSlug).toList(),
					results.groups().stream().map(GroupJson::of).toList());
		}

	}

	/**
	 * @param total how many records of this kind match, beyond those listed, counted up
	 * to the most a search lists of one kind (1000)
	 * @param more whether even more records match than the total says
	 */
	public record GroupJson(SearchKind kind, long total, boolean more, List<HitJson> hits) {

		static GroupJson of(SearchResults.Group group) {
			return new GroupJson(group.kind(), group.total(), group.more(),
					group.hits().stream().map(HitJson::of).toList());
		}

	}

	/**
	 * @param context where the record belongs (its session), or {@code null}
	 * @param excerpt the text the words were found in
	 * @param matched the words of the excerpt that matched
	 */
	public record HitJson(String title, String context, String excerpt, List<String> matched, Links links) {

		static HitJson of(SearchResults.Hit hit) {
			List<Snippet.Part> parts = hit.snippet().parts();
			return new HitJson(hit.title(), hit.context(),
					parts.stream().map(Snippet.Part::text).collect(Collectors.joining()),
					parts.stream().filter(Snippet.Part::match).map(Snippet.Part::text).distinct().toList(),
					Links.of(hit.path()));
		}

	}

}
