package org.asprecords.session;

import org.asprecords.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of sessions: the list, newest first, and one page per session with all
 * its outcomes.
 */
@Controller
class SessionController {

	private final SessionCatalog catalog;

	SessionController(SessionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/sessions")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<AssemblySession> sessions = this.catalog.newestFirst(Pagination.request(page, Sort.unsorted()));
		model.addAttribute("sessions", sessions.getContent());
		model.addAttribute("pages", Pagination.of(sessions));
		model.addAttribute("presidents", this.catalog.allPresidents());
		return "sessions/list";
	}

	@GetMapping("/sessions/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("overview", this.catalog.overview(slug));
		return "sessions/show";
	}

}
