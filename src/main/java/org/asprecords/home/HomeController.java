package org.asprecords.home;

import java.time.LocalDate;

import org.asprecords.overview.session.SessionCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the latest and the next session, the two ways to search, and a few key
 * figures.
 */
@Controller
class HomeController {

	private final SessionCatalog sessions;

	private final HomeFigures figures;

	HomeController(SessionCatalog sessions, HomeFigures figures) {
		this.sessions = sessions;
		this.figures = figures;
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(Model model) {
		LocalDate today = LocalDate.now();
		model.addAttribute("latest", this.sessions.latest(today).orElse(null));
		model.addAttribute("next", this.sessions.next(today).orElse(null));
		model.addAttribute("figures", this.figures.count());
		model.addAttribute("homePage", true);
		return "index";
	}

}
