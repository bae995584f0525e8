package org.asprecords.overview.outcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of what sessions produced besides resolutions: side events,
 * amendments, policies and other decisions, each under its session's address.
 */
@Controller
class OutcomeController {

	private final OutcomeCatalog catalog;

	OutcomeController(OutcomeCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/sessions/{session}/side-events/{slug}")
	String sideEvent(@PathVariable String session, @PathVariable String slug, Model model) {
		model.addAttribute("details", this.catalog.sideEvent(session, slug));
		return "outcomes/side-event";
	}

	@GetMapping("/sessions/{session}/amendments/{slug}")
	String amendment(@PathVariable String session, @PathVariable String slug, Model model) {
		model.addAttribute("amendment", this.catalog.amendment(session, slug));
		return "outcomes/amendment";
	}

	@GetMapping("/sessions/{session}/policies/{slug}")
	String policy(@PathVariable String session, @PathVariable String slug, Model model) {
		model.addAttribute("policy", this.catalog.policy(session, slug));
		return "outcomes/policy";
	}

	@GetMapping("/sessions/{session}/decisions/{slug}")
	String decision(@PathVariable String session, @PathVariable String slug, Model model) {
		model.addAttribute("details", this.catalog.decision(session, slug));
		return "outcomes/decision";
	}

}
