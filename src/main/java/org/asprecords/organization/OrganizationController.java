package org.asprecords.organization;

import org.asprecords.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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

	@GetMapping("/organizations/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.directory.profile(slug));
		return "organizations/show";
	}

}
