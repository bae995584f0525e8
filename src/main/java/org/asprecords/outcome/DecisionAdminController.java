package org.asprecords.outcome;

import java.util.List;

import jakarta.validation.Valid;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.session.SessionRecordRow;
import org.asprecords.state.RegionalGroup;
import org.asprecords.web.form.AdminForms;
import org.asprecords.web.form.FormOptions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages of decisions: every one in a list, and the form to record or correct
 * one.
 */
@Controller
@RequestMapping("/admin/decisions")
class DecisionAdminController {

	private final DecisionRepository decisions;

	private final AdminForms<Decision, DecisionForm> forms;

	private final Sessions sessions;

	DecisionAdminController(DecisionEditor editor, DecisionRepository decisions, Sessions sessions) {
		this.decisions = decisions;
		this.forms = new AdminForms<>("decisions", editor, DecisionForm.COMPARED).listedBy(SessionRecordRow.LIST,
				"records", (decision) -> SessionRecordRow.of(decision, decision.getSession(), decision.getTitle()));
		this.sessions = sessions;
	}

	/**
	 * The allocation has a line a regional group; a line beyond is no form the portal
	 * sent, and gets the 400 page.
	 */
	@InitBinder("form")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(DecisionForm.GROUPS);
	}

	@ModelAttribute("allSessions")
	FormOptions<List<AssemblySession>> allSessions() {
		return FormOptions.of(this.sessions::choices);
	}

	@ModelAttribute("decisionKinds")
	DecisionKind[] decisionKinds() {
		return DecisionKind.values();
	}

	@ModelAttribute("regionalGroups")
	RegionalGroup[] regionalGroups() {
		return RegionalGroup.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.decisions::findForAdmin, model);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String session, Model model) {
		return this.forms.newForm(DecisionForm.in(session), model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
