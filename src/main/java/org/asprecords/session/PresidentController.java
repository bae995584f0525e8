package org.asprecords.session;

import org.asprecords.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Presidents of the Assembly, the latest first, page by page: the list of sessions
 * shows the latest five and links here for the others.
 */
@Controller
class PresidentController {

	private final PresidentRoll presidents;

	PresidentController(PresidentRoll presidents) {
		this.presidents = presidents;
	}

	@GetMapping("/presidents")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<PresidentListing> latest = this.presidents.latestFirst(Pagination.request(page, Sort.unsorted()));
		model.addAttribute("presidents", latest.getContent());
		model.addAttribute("pages", Pagination.of(latest));
		return "presidents/list";
	}

}
