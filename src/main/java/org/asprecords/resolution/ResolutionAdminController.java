package org.asprecords.resolution;

import java.util.List;

import jakarta.validation.Valid;
import org.asprecords.session.Sessions;
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
 * The admin pages of resolutions: the list, and the form to record or correct one. A save
 * that would overwrite a newer save answers with the conflict page instead.
 */
@Controller
@RequestMapping("/admin/resolutions")
class ResolutionAdminController {

	private static final List<String> COMPARED = List.of("published", "symbol", "session", "title", "adoptedOn",
			"adoptionNote", "plenaryMeeting", "adoption", "votesFor", "votesAgainst", "votesAbstaining", "summary",
			"topics", "documents", "refersTo", "sources");

	private final ResolutionRepository resolutions;

	private final Sessions sessions;

	private final AdminForms<Resolution, ResolutionForm> forms;

	ResolutionAdminController(ResolutionEditor editor, ResolutionRepository resolutions, Sessions sessions) {
		this.resolutions = resolutions;
		this.sessions = sessions;
		this.forms = new AdminForms<>("resolutions", "admin.resolution", editor, COMPARED);
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("allSessions", FormOptions.of(this.sessions::choices));
		model.addAttribute("adoptions", AdoptionMethod.values());
		model.addAttribute("allTopics", Topic.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.resolutions::findForAdmin, model);
	}

	/**
	 * The blank form, for a session already chosen when the editor came from the
	 * session's page.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String session, Model model) {
		ResolutionForm form = new ResolutionForm();
		form.setSession(session);
		return this.forms.newForm(form, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ResolutionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ResolutionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
