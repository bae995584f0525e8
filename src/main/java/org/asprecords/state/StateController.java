package org.asprecords.state;

import org.asprecords.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of States: the alphabetical list, and one page per State with
 * everything the records say about it.
 */
@Controller
class StateController {

	private final StateDirectory directory;

	StateController(StateDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/states")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<State> states = this.directory.alphabetically(Pagination.request(page, Sort.unsorted()));
		model.addAttribute("states", states.getContent());
		model.addAttribute("pages", Pagination.of(states));
		return "states/list";
	}

	@GetMapping("/states/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.directory.profile(slug));
		return "states/show";
	}

}
