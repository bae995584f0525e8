package org.asprecords.session;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.asprecords.web.SearchText;
import org.asprecords.db.RecordHistory;
import org.asprecords.topic.Topic;
import org.asprecords.web.Pagination;
import org.asprecords.web.form.Differences;
import org.asprecords.web.form.FieldRejectedException;
import org.asprecords.web.form.StaleEditException;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * The admin pages of sessions: the list, and the form to create or correct one. A save
 * that would overwrite a newer save answers with the conflict page instead.
 */
@Controller
@RequestMapping("/admin/sessions")
class SessionAdminController {

	private static final String FORM = "admin/sessions/form";

	private static final List<String> COMPARED = List.of("slug", "kind", "number", "resumption", "parent", "startDate",
			"startPrecision", "endDate", "dateNote", "city", "country", "venue", "summary", "topics", "sources");

	private final SessionEditor editor;

	private final AssemblySessionRepository sessions;

	private final RecordHistory history;

	SessionAdminController(SessionEditor editor, AssemblySessionRepository sessions, RecordHistory history) {
		this.editor = editor;
		this.sessions = sessions;
		this.history = history;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		String text = SearchText.clean(q).toLowerCase(Locale.ROOT);
		Page<AssemblySession> found = this.sessions.findForAdmin(text, "%" + text + "%",
				Pagination.request(page, Sort.unsorted()));
		model.addAttribute("q", text);
		model.addAttribute("sessions", found.getContent());
		model.addAttribute("pages", Pagination.of(found));
		return "admin/sessions/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new SessionForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			AssemblySession created = this.editor.create(form);
			redirect.addFlashAttribute("flash", "admin.session.created");
			return "redirect:/admin/sessions/" + created.getId() + "/edit";
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", SessionForm.from(this.editor.find(id)));
		model.addAttribute("history", this.history.of(AssemblySession.class, id));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			this.editor.update(id, form);
			redirect.addFlashAttribute("flash", "admin.session.saved");
			return "redirect:/admin/sessions/" + id + "/edit";
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(model, id);
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			return conflict(id, form, model);
		}
	}

	/**
	 * The record as it is now saved beside what the editor typed; the form keeps their
	 * input, at the current version, so that saving it again is a conscious choice.
	 */
	private String conflict(long id, SessionForm typed, Model model) {
		SessionForm saved = SessionForm.from(this.editor.find(id));
		model.addAttribute("differences", Differences.between(saved, typed, COMPARED));
		typed.setVersion(saved.getVersion());
		model.addAttribute("form", typed);
		form(model, id);
		model.addAttribute("labels", "admin.session.");
		model.addAttribute("editPath", "/admin/sessions/" + id + "/edit");
		return "admin/conflict";
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
