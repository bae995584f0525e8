package org.asprecords.overview.organization;

import java.util.Arrays;
import java.util.List;

import org.asprecords.organization.Organization;
import org.asprecords.state.State;
import org.asprecords.overview.ProfileLists;
import org.asprecords.overview.ProfileRecords;
import org.asprecords.web.CsvExport;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.Links;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of organizations: the alphabetical list, and one page per organization
 * with its statements and side events.
 */
@Controller
class OrganizationController {

	private final OrganizationDirectory directory;

	OrganizationController(OrganizationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/organizations")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<Organization> organizations = this.directory.alphabetically(Pagination.request(page, Sort.unsorted()));
		model.addAttribute("organizations", organizations.getContent());
		model.addAttribute("pages", Pagination.of(organizations));
		return "organizations/list";
	}

	/**
	 * Every page of the list as a CSV file; the country by the State's slug and name.
	 */
	@GetMapping("/organizations.csv")
	ResponseEntity<String> csv() {
		List<Organization> organizations = CsvExport.everything((pageable) -> this.directory.alphabetically(pageable));
		return CsvExport.of("organizations.csv",
				List.of("slug", "name", "acronym", "kind", "country", "country_name", "url"),
				organizations.stream().map((organization) -> {
					State country = organization.getCountry();
					return Arrays.<Object>asList(organization.getSlug(), organization.getName(),
							organization.getAcronym(), organization.getKind(),
							(country != null) ? country.getSlug() : null, (country != null) ? country.getName() : null,
							Links.absolute(RecordPaths.organization(organization.getSlug())));
				}).toList());
	}

	@GetMapping("/organizations/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.directory.profile(slug));
		return "organizations/show";
	}

	/**
	 * All the records of one of the organization's lists, page by page: its page shows
	 * the first only.
	 */
	@GetMapping("/organizations/{slug}/{list}")
	String records(@PathVariable String slug, @PathVariable String list, @RequestParam(defaultValue = "1") int page,
			Model model) {
		ProfileRecords<Organization, OrganizationList> records = this.directory.records(slug,
				ProfileLists.ofPath(OrganizationList.class, list), Pagination.request(page, Sort.unsorted()));
		model.addAttribute("records", records);
		model.addAttribute("pages", Pagination.of(records.page()));
		return "organizations/records";
	}

}
