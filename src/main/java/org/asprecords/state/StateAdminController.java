package org.asprecords.state;

import java.util.function.Function;

import jakarta.validation.Valid;
import org.asprecords.web.form.AdminForms;

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
 * The admin pages of States: the list, and the form to record or correct one.
 */
@Controller
@RequestMapping("/admin/states")
class StateAdminController {

	private final StateRepository states;

	private final AdminForms<State, StateForm> forms;

	StateAdminController(StateEditor editor, StateRepository states) {
		this.states = states;
		this.forms = new AdminForms<State, StateForm>("states", editor, new StateForm().comparedFields())
			.shownBy("admin/directory/form", "admin.named.")
			.listedBy("admin/directory/list", "records", Function.identity());
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("details", "admin/states/details");
		model.addAttribute("regionalGroups", RegionalGroup.values());
		model.addAttribute("joinedBys", JoinedBy.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.states::findForAdmin, model);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return this.forms.newForm(new StateForm(), model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") StateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") StateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
