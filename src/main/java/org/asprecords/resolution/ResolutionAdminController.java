package org.asprecords.resolution;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.asprecords.db.RecordHistory;
import org.asprecords.session.AssemblySessionRepository;
import org.asprecords.topic.Topic;
import org.asprecords.web.Pagination;
import org.asprecords.web.SearchText;
import org.asprecords.web.form.FormSubmission;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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

	private static final String FORM = "admin/resolutions/form";

	private static final List<String> COMPARED = List.of("published", "symbol", "session", "title", "adoptedOn",
			"adoptionNote", "plenaryMeeting", "adoption", "votesFor", "votesAgainst", "votesAbstaining", "summary",
			"topics", "documents", "refersTo", "sources");

	private final ResolutionEditor editor;

	private final ResolutionRepository resolutions;

	private final AssemblySessionRepository sessions;

	private final RecordHistory history;

	ResolutionAdminController(ResolutionEditor editor, ResolutionRepository resolutions,
			AssemblySessionRepository sessions, RecordHistory history) {
		this.editor = editor;
		this.resolutions = resolutions;
		this.sessions = sessions;
		this.history = history;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		String text = SearchText.clean(q).toLowerCase(Locale.ROOT);
		Page<Resolution> found = this.resolutions.findForAdmin(text, "%" + text + "%",
				Pagination.request(page, Sort.unsorted()));
		model.addAttribute("q", text);
		model.addAttribute("resolutions", found.getContent());
		model.addAttribute("pages", Pagination.of(found));
		return "admin/resolutions/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new ResolutionForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ResolutionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.submit(result, redirect, "admin.resolution.created",
				() -> "/admin/resolutions/" + this.editor.create(form).getId() + "/edit", () -> form(model, null),
				() -> form(model, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Resolution record = this.editor.find(id);
		model.addAttribute("form", ResolutionForm.from(record));
		model.addAttribute("record", record);
		model.addAttribute("history", this.history.of(Resolution.class, id));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ResolutionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String edit = "/admin/resolutions/" + id + "/edit";
		return FormSubmission.submit(result, redirect, "admin.resolution.saved", () -> {
			this.editor.update(id, form);
			return edit;
		}, () -> form(model, id), () -> {
			form(model, id);
			return FormSubmission.conflict(model, ResolutionForm.from(this.editor.find(id)), form, COMPARED,
					"admin.resolution.", edit);
		});
	}

	private String form(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("formTemplate", FORM);
		model.addAttribute("allSessions", this.sessions.findChoices());
		model.addAttribute("adoptions", AdoptionMethod.values());
		model.addAttribute("allTopics", Topic.values());
		return FORM;
	}

}
