package org.asprecords.session;

import java.util.List;

import jakarta.validation.Valid;
import org.asprecords.person.Person;
import org.asprecords.person.People;
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
 * The admin pages of Presidents of the Assembly: every one in a list, and the form to
 * record or correct one.
 */
@Controller
@RequestMapping("/admin/presidents")
class PresidentAdminController {

	private final AssemblyPresidentRepository presidents;

	private final AdminForms<AssemblyPresident, PresidentForm> forms;

	private final AssemblySessionRepository sessions;

	private final People people;

	PresidentAdminController(PresidentEditor editor, AssemblyPresidentRepository presidents,
			AssemblySessionRepository sessions, People people) {
		this.presidents = presidents;
		this.forms = new AdminForms<>("presidents", editor, PresidentForm.COMPARED).listedBy(SessionRecordRow.LIST,
				"records", (president) -> SessionRecordRow.of(president, president.getFromSession(),
						president.getPerson().getName()));
		this.sessions = sessions;
		this.people = people;
	}

	@ModelAttribute("allSessions")
	FormOptions<List<AssemblySession>> allSessions() {
		return FormOptions.of(this.sessions::findChoices);
	}

	@ModelAttribute("allPeople")
	FormOptions<List<Person>> allPeople() {
		return FormOptions.of(this.people::byName);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.presidents::findForAdmin, model);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String session, Model model) {
		return this.forms.newForm(PresidentForm.in(session), model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") PresidentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PresidentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
