package org.asprecords.statement;

import jakarta.validation.Valid;
import org.asprecords.organization.Organizations;
import org.asprecords.person.People;
import org.asprecords.session.Sessions;
import org.asprecords.state.States;
import org.asprecords.topic.Topic;
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
 * The admin pages of statements: the list, and the form to record or correct one with its
 * speakers, organizations and States picked from lists.
 */
@Controller
@RequestMapping("/admin/statements")
class StatementAdminController {

	private final StatementEditor editor;

	private final StatementRepository statements;

	private final Sessions sessions;

	private final People people;

	private final States states;

	private final Organizations organizations;

	private final AdminForms<Statement, StatementForm> forms;

	StatementAdminController(StatementEditor editor, StatementRepository statements, Sessions sessions, People people,
			States states, Organizations organizations) {
		this.editor = editor;
		this.statements = statements;
		this.sessions = sessions;
		this.people = people;
		this.states = states;
		this.organizations = organizations;
		this.forms = new AdminForms<>("statements", editor, StatementForm.COMPARED);
	}

	/**
	 * Speaker rows grow only as far as the form allows; a row beyond is no form the
	 * portal sent, and gets the 400 page.
	 */
	@InitBinder("form")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(StatementForm.MAX_SPEAKERS);
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("allSessions", FormOptions.of(this.sessions::choices));
		model.addAttribute("segments", Segment.values());
		model.addAttribute("allPeople", FormOptions.of(this.people::byName));
		model.addAttribute("allStates", FormOptions.of(this.states::byName));
		model.addAttribute("allOrganizations", FormOptions.of(this.organizations::byName));
		model.addAttribute("sideEvents", FormOptions.of(this.statements::findSideEventChoices));
		model.addAttribute("allTopics", Topic.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, (text, pattern, pageable) -> this.editor.search(text, pageable), model);
	}

	/**
	 * The blank form, with blank speaker lines, for a session already chosen when the
	 * editor came from the session's page.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String session, Model model) {
		StatementForm form = StatementForm.blank();
		form.setSession(session);
		return this.forms.newForm(form, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") StatementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") StatementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
