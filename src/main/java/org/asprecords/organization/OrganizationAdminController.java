package org.asprecords.organization;

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
import org.springframework.data.domain.Sort;

/**
 * The admin pages of organizations: the list, and the form to record or correct one.
 */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminController {

	private final OrganizationRepository organizations;

	private final States states;

	private final AdminForms<Organization, OrganizationForm> forms;

	OrganizationAdminController(OrganizationEditor editor, OrganizationRepository organizations, States states) {
		this.organizations = organizations;
		this.states = states;
		this.forms = new AdminForms<Organization, OrganizationForm>("organizations", editor,
				new OrganizationForm().comparedFields())
			.shownBy("admin/directory/form", "admin.named.")
			.listedBy("admin/directory/list", "records", Function.identity());
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("details", "admin/organizations/details");
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("allOrganizations", FormOptions.of(() -> this.organizations.findAll(Sort.by("name"))));
		model.addAttribute("allStates", FormOptions.of(this.states::byName));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.organizations::findForAdmin, model);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return this.forms.newForm(new OrganizationForm(), model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
