package org.asprecords.search;

import java.util.List;
import java.util.stream.Collectors;

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

	SearchApiController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping
	SearchJson search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SearchKind kind,
			@RequestParam(defaultValue = "1") int page) {
		String text = SearchText.clean(q);
		if (kind == null) {
			return SearchJson.of(this.search.everything(text));
		}
		Pageable pageable = Pagination.request(page, Sort.unsorted());
		return SearchJson.of(this.search.only(text, kind, pageable.getOffset(), pageable.getPageSize()));
	}

	record SearchJson(String query, List<GroupJson> groups) {

		static SearchJson of(SearchResults results) {
			return new SearchJson(results.query(), results.groups().stream().map(GroupJson::of).toList());
		}

	}

	/**
	 * @param total how many records of this kind match, beyond those listed, counted up
	 * to the most a search lists of one kind (1000)
	 * @param more whether even more records match than the total says
	 */
	record GroupJson(SearchKind kind, long total, boolean more, List<HitJson> hits) {

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
	record HitJson(String title, String context, String excerpt, List<String> matched, Links links) {

		static HitJson of(SearchResults.Hit hit) {
			List<Snippet.Part> parts = hit.snippet().parts();
			return new HitJson(hit.title(), hit.context(),
					parts.stream().map(Snippet.Part::text).collect(Collectors.joining()),
					parts.stream().filter(Snippet.Part::match).map(Snippet.Part::text).distinct().toList(),
					Links.of(hit.path()));
		}

	}

}
