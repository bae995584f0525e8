package org.asprecords.outcome;

import java.util.List;

import jakarta.validation.Valid;
import org.asprecords.organization.Organization;
import org.asprecords.organization.Organizations;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.session.SessionRecordRow;
import org.asprecords.state.State;
import org.asprecords.state.States;
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
 * The admin pages of side events: every one in a list, and the form to record or correct
 * one.
 */
@Controller
@RequestMapping("/admin/side-events")
class SideEventAdminController {

	private final SideEventRepository events;

	private final AdminForms<SideEvent, SideEventForm> forms;

	private final Sessions sessions;

	private final Organizations organizations;

	private final States states;

	SideEventAdminController(SideEventEditor editor, SideEventRepository events, Sessions sessions,
			Organizations organizations, States states) {
		this.events = events;
		this.forms = new AdminForms<>("side-events", editor, SideEventForm.COMPARED).listedBy(SessionRecordRow.LIST,
				"records", (event) -> SessionRecordRow.of(event, event.getSession(), event.getTitle()));
		this.sessions = sessions;
		this.organizations = organizations;
		this.states = states;
	}

	@ModelAttribute("allSessions")
	FormOptions<List<AssemblySession>> allSessions() {
		return FormOptions.of(this.sessions::choices);
	}

	@ModelAttribute("allOrganizations")
	FormOptions<List<Organization>> allOrganizations() {
		return FormOptions.of(this.organizations::byName);
	}

	@ModelAttribute("allStates")
	FormOptions<List<State>> allStates() {
		return FormOptions.of(this.states::byName);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.events::findForAdmin, model);
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
