package org.asprecords.session;

import java.util.List;

import jakarta.validation.Valid;
import org.asprecords.topic.Topic;
import org.asprecords.web.form.AdminForms;
import org.asprecords.web.form.FormOptions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages of sessions: the list, and the form to create or correct one. A save
 * that would overwrite a newer save answers with the conflict page instead.
 */
@Controller
@RequestMapping("/admin/sessions")
class SessionAdminController {

	private static final List<String> COMPARED = List.of("published", "slug", "kind", "number", "resumption", "parent",
			"startDate", "startPrecision", "endDate", "dateNote", "city", "country", "venue", "summary", "topics",
			"sources");

	private final AssemblySessionRepository sessions;

	private final AdminForms<AssemblySession, SessionForm> forms;

	SessionAdminController(SessionEditor editor, AssemblySessionRepository sessions) {
		this.sessions = sessions;
		this.forms = new AdminForms<>("sessions", "admin.session", editor, COMPARED);
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("kinds", SessionKind.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("parents", FormOptions.of(this.sessions::findResumable));
		model.addAttribute("allTopics", Topic.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.sessions::findForAdmin, model);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		SessionForm form = new SessionForm();
		// A new session starts as a draft, so that its records can be entered before
		// anyone sees it.
		form.setPublished(false);
		return this.forms.newForm(form, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
