package org.asprecords.session;

import java.util.List;

import jakarta.validation.Valid;
import org.asprecords.topic.Topic;
import org.asprecords.web.AdminSearch;
import org.asprecords.web.form.FormSubmission;

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

	private static final String FORM = "admin/sessions/form";

	private static final List<String> COMPARED = List.of("published", "slug", "kind", "number", "resumption", "parent",
			"startDate", "startPrecision", "endDate", "dateNote", "city", "country", "venue", "summary", "topics",
			"sources");

	private final SessionEditor editor;

	private final AssemblySessionRepository sessions;

	SessionAdminController(SessionEditor editor, AssemblySessionRepository sessions) {
		this.editor = editor;
		this.sessions = sessions;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		AdminSearch search = AdminSearch.of(q, page);
		search.show(this.sessions.findForAdmin(search.text(), search.pattern(), search.pageable()), "sessions", model);
		return "admin/sessions/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		SessionForm form = new SessionForm();
		// A new session starts as a draft, so that its records can be entered before
		// anyone sees it.
		form.setPublished(false);
		model.addAttribute("form", form);
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.submit(result, redirect, "admin.session.created",
				() -> "/admin/sessions/" + this.editor.create(form).getId() + "/edit", () -> form(model, null),
				() -> form(model, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		this.editor.page(id).addTo(model);
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String edit = "/admin/sessions/" + id + "/edit";
		return FormSubmission.submit(result, redirect, "admin.session.saved", () -> {
			this.editor.update(id, form);
			return edit;
		}, () -> form(model, id), () -> {
			form(model, id);
			return FormSubmission.conflict(model, this.editor.page(id).form(), form, COMPARED, "admin.session.", edit);
		});
	}

	private String form(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("formTemplate", FORM);
		model.addAttribute("kinds", SessionKind.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("parents", this.sessions.findResumable());
		model.addAttribute("allTopics", Topic.values());
		return FORM;
	}

}
