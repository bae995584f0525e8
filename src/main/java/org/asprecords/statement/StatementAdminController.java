package org.asprecords.statement;

import jakarta.validation.Valid;
import org.asprecords.organization.OrganizationRepository;
import org.asprecords.person.PersonRepository;
import org.asprecords.session.AssemblySessionRepository;
import org.asprecords.state.StateRepository;
import org.asprecords.topic.Topic;
import org.asprecords.web.AdminSearch;
import org.asprecords.web.form.AdminForms;

import org.springframework.data.domain.Sort;
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

	private final AssemblySessionRepository sessions;

	private final PersonRepository people;

	private final StateRepository states;

	private final OrganizationRepository organizations;

	private final AdminForms<Statement, StatementForm> forms;

	StatementAdminController(StatementEditor editor, StatementRepository statements, AssemblySessionRepository sessions,
			PersonRepository people, StateRepository states, OrganizationRepository organizations) {
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
		model.addAttribute("allSessions", this.sessions.findChoices());
		model.addAttribute("segments", Segment.values());
		model.addAttribute("allPeople", this.people.findAll(Sort.by("name")));
		model.addAttribute("allStates", this.states.findAll(Sort.by("name")));
		model.addAttribute("allOrganizations", this.organizations.findAll(Sort.by("name")));
		model.addAttribute("sideEvents", this.statements.findSideEventChoices());
		model.addAttribute("allTopics", Topic.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		AdminSearch search = AdminSearch.of(q, page);
		search.show(this.editor.search(search.text(), search.pageable()), "statements", model);
		return "admin/statements/list";
	}

	/**
	 * The blank form, for a session already chosen when the editor came from the
	 * session's page.
	 */
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
