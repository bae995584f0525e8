package org.asprecords.person;

import java.util.function.Function;

import jakarta.validation.Valid;
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
import org.asprecords.state.States;

/**
 * The admin pages of people: the list, and the form to record or correct one.
 */
@Controller
@RequestMapping("/admin/people")
class PersonAdminController {

	private final PersonRepository people;

	private final States states;

	private final AdminForms<Person, PersonForm> forms;

	PersonAdminController(PersonEditor editor, PersonRepository people, States states) {
		this.people = people;
		this.states = states;
		this.forms = new AdminForms<Person, PersonForm>("people", editor, new PersonForm().comparedFields())
			.shownBy("admin/directory/form", "admin.named.")
			.listedBy("admin/directory/list", "records", Function.identity());
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("details", "admin/people/details");
		model.addAttribute("allStates", FormOptions.of(this.states::byName));
		model.addAttribute("genders", GrammaticalGender.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.people::findForAdmin, model);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return this.forms.newForm(new PersonForm(), model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
