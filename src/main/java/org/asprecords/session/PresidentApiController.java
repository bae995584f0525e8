package org.asprecords.session;

import java.time.LocalDate;

import org.asprecords.web.Pagination;
import org.asprecords.web.api.ApiPage;
import org.asprecords.web.api.NamedJson;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Presidents of the Assembly in the JSON API, the latest first, page by page as on
 * their page.
 */
@RestController
@RequestMapping("/api/v1/presidents")
class PresidentApiController {

	private final PresidentRoll presidents;

	PresidentApiController(PresidentRoll presidents) {
		this.presidents = presidents;
	}

	@GetMapping
	ApiPage<PresidentJson> list(@RequestParam(defaultValue = "1") int page) {
		return ApiPage.of(this.presidents.latestFirst(Pagination.request(page, Sort.unsorted())), PresidentJson::of);
	}

	/**
	 * A presidency: who, between which sessions ({@code null} where the sources do not
	 * say), as the sources word it.
	 */
	public record PresidentJson(NamedJson person, String fromSession, String toSession, LocalDate electedOn,
			String periodNote) {

		static PresidentJson of(PresidentListing president) {
			return new PresidentJson(president.person(), president.fromSession(), president.toSession(),
					president.electedOn(), president.periodNote());
		}

	}

}
