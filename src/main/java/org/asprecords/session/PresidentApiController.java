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

	private final SessionCatalog catalog;

	PresidentApiController(SessionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ApiPage<PresidentJson> list(@RequestParam(defaultValue = "1") int page) {
		return ApiPage.of(this.catalog.latestPresidents(Pagination.request(page, Sort.unsorted())), PresidentJson::of);
	}

	/**
	 * A presidency: who, between which sessions ({@code null} where the sources do not
	 * say, or while in office), as the sources word it.
	 */
	record PresidentJson(NamedJson person, String fromSession, String toSession, LocalDate electedOn,
			String periodNote) {

		static PresidentJson of(AssemblyPresident president) {
			return new PresidentJson(NamedJson.of(president.getPerson(), "/people"),
					(president.getFromSession() != null) ? president.getFromSession().getSlug() : null,
					(president.getToSession() != null) ? president.getToSession().getSlug() : null,
					president.getElectedOn(), president.getPeriodNote());
		}

	}

}
