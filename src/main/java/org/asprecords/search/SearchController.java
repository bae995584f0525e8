package org.asprecords.search;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.asprecords.web.CsvExport;
import org.asprecords.web.api.Links;
import org.asprecords.web.Pagination;
import org.asprecords.web.SearchText;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site-wide search: every kind of record at once, or all the matches of one kind,
 * page by page.
 */
@Controller
class SearchController {

	private final SiteSearch search;

	private final SearchQueries queries;

	private final NamesLike names;

	SearchController(SiteSearch search, SearchQueries queries, NamesLike names) {
		this.search = search;
		this.queries = queries;
		this.names = names;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SearchKind kind,
			SearchFilters filters, @RequestParam(defaultValue = "1") int page, Model model) {
		String text = SearchText.clean(q);
		SearchQuery query = this.queries.read(text, filters);
		model.addAttribute("q", text);
		model.addAttribute("query", query);
		model.addAttribute("kind", kind);
		model.addAttribute("filters", filters);
		model.addAttribute("kinds", SearchKind.values());
		model.addAttribute("sorts", SearchSort.values());
		if (kind == null) {
			SearchResults results = this.search.everything(query.words(), query.scope(), filters.sort(), query.asked());
			model.addAttribute("results", results);
			model.addAttribute("namesLike", namesLike(query, results,
					EnumSet.of(SearchKind.PERSON, SearchKind.STATE, SearchKind.ORGANIZATION)));
			return "search/results";
		}
		Pageable pageable = Pagination.request(page, Sort.unsorted());
		SearchResults results = this.search.only(query.words(), query.scope(), filters.sort(), kind,
				pageable.getOffset(), pageable.getPageSize());
		model.addAttribute("results", results);
		model.addAttribute("namesLike", namesLike(query, results, EnumSet.of(kind)));
		model.addAttribute("otherKinds",
				this.search.counts(query.words(), query.scope(), EnumSet.complementOf(EnumSet.of(kind))));
		long total = results.groups().isEmpty() ? 0 : results.groups().get(0).total();
		model.addAttribute("pages",
				Pagination.of(new PageImpl<>(results.groups().isEmpty() ? List.of() : results.groups().get(0).hits(),
						pageable, total)));
		return "search/results";
	}

	/**
	 * Names like the words, when they find nothing at all and a person, State or
	 * organization is among {@code kinds}: what the visitor may have meant to type. A
	 * search that finds something costs no more.
	 */
	private List<NamesLike.Name> namesLike(SearchQuery query, SearchResults results, Set<SearchKind> kinds) {
		Set<SearchKind> named = EnumSet.of(SearchKind.PERSON, SearchKind.STATE, SearchKind.ORGANIZATION);
		named.retainAll(kinds);
		if (named.isEmpty() || !results.groups().isEmpty() || query.words().isEmpty()) {
			return List.of();
		}
		return this.names.like(query.words()).stream().filter((name) -> named.contains(name.kind())).toList();
	}

	/**
	 * Every match of the search, of one kind or of all, as a CSV file: the kind, what the
	 * result link says, the session the record belongs to, and its address.
	 */
	@GetMapping("/search.csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) SearchKind kind, SearchFilters filters) {
		SearchQuery query = this.queries.read(SearchText.clean(q), filters);
		SearchResults results = this.search.all(query.words(), query.scope(), filters.sort(), kind);
		return CsvExport.of("search.csv", List.of("kind", "title", "session", "url"),
				results.groups()
					.stream()
					.flatMap((group) -> group.hits()
						.stream()
						.map((hit) -> Arrays.<Object>asList(group.kind(), hit.title(), hit.context(),
								Links.absolute(hit.path()))))
					.toList());
	}

}
