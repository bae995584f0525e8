package org.asprecords.kind;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A session's admin page of everything it holds: each record of each kind, linked to its
 * form, and the way to add one of each kind to the session, so that an editor enters a
 * session from one place.
 */
@Controller
@RequestMapping("/admin/sessions/{id}/records")
class SessionContentsAdminController {

	private final SessionContents contents;

	SessionContentsAdminController(SessionContents contents) {
		this.contents = contents;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		model.addAttribute("contents", this.contents.of(id));
		return "admin/sessions/records";
	}

}
