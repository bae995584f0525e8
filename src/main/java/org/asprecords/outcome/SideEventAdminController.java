package org.asprecords.outcome;

import java.util.List;

import jakarta.validation.Valid;
import org.asprecords.organization.Organization;
import org.asprecords.organization.OrganizationRepository;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.AssemblySessionRepository;
import org.asprecords.session.SessionRecordRow;
import org.asprecords.state.State;
import org.asprecords.state.StateRepository;
import org.asprecords.web.AdminSearch;
import org.asprecords.web.form.AdminForms;

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
 * The admin pages of side events: every one in a list, and the form to record or correct
 * one.
 */
@Controller
@RequestMapping("/admin/side-events")
class SideEventAdminController {

	private final SideEventRepository events;

	private final AdminForms<SideEvent, SideEventForm> forms;

	private final AssemblySessionRepository sessions;

	private final OrganizationRepository organizations;

	private final StateRepository states;

	SideEventAdminController(SideEventEditor editor, SideEventRepository events, AssemblySessionRepository sessions,
			OrganizationRepository organizations, StateRepository states) {
		this.events = events;
		this.forms = new AdminForms<>("side-events", editor, SideEventForm.COMPARED);
		this.sessions = sessions;
		this.organizations = organizations;
		this.states = states;
	}

	@ModelAttribute("allSessions")
	List<AssemblySession> allSessions() {
		return this.sessions.findChoices();
	}

	@ModelAttribute("allOrganizations")
	List<Organization> allOrganizations() {
		return this.organizations.findAll(Sort.by("name"));
	}

	@ModelAttribute("allStates")
	List<State> allStates() {
		return this.states.findAll(Sort.by("name"));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		AdminSearch search = AdminSearch.of(q, page);
		search.show(
				this.events.findForAdmin(search.text(), search.pattern(), search.pageable())
					.map((event) -> SessionRecordRow.of(event, event.getSession(), event.getTitle())),
				"records", model);
		model.addAttribute("kind", "side-events");
		return "admin/session-records/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String session, Model model) {
		return this.forms.newForm(SideEventForm.in(session), model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") SideEventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SideEventForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
