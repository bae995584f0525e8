package org.asprecords.search;

import java.util.Arrays;
import java.util.List;

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

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SearchKind kind,
			@RequestParam(defaultValue = "1") int page, Model model) {
		String text = SearchText.clean(q);
		model.addAttribute("q", text);
		model.addAttribute("kind", kind);
		if (kind == null) {
			model.addAttribute("results", this.search.everything(text));
			return "search/results";
		}
		Pageable pageable = Pagination.request(page, Sort.unsorted());
		SearchResults results = this.search.only(text, kind, pageable.getOffset(), pageable.getPageSize());
		model.addAttribute("results", results);
		long total = results.groups().isEmpty() ? 0 : results.groups().get(0).total();
		model.addAttribute("pages",
				Pagination.of(new PageImpl<>(results.groups().isEmpty() ? List.of() : results.groups().get(0).hits(),
						pageable, total)));
		return "search/results";
	}

	/**
	 * Every match of the search, of one kind or of all, as a CSV file: the kind, what the
	 * result link says, the session the record belongs to, and its address.
	 */
	@GetMapping("/search.csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) SearchKind kind) {
		SearchResults results = this.search.all(SearchText.clean(q), kind);
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
