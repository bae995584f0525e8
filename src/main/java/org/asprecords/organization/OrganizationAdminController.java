package org.asprecords.organization;

import jakarta.validation.Valid;
import org.asprecords.web.AdminSearch;
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
import org.asprecords.state.StateRepository;
import org.springframework.data.domain.Sort;

/**
 * The admin pages of organizations: the list, and the form to record or correct one.
 */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminController {

	private final OrganizationRepository organizations;

	private final StateRepository states;

	private final AdminForms<Organization, OrganizationForm> forms;

	OrganizationAdminController(OrganizationEditor editor, OrganizationRepository organizations,
			StateRepository states) {
		this.organizations = organizations;
		this.states = states;
		this.forms = new AdminForms<Organization, OrganizationForm>("organizations", editor,
				new OrganizationForm().comparedFields())
			.shownBy("admin/directory/form", "admin.named.");
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("details", "admin/organizations/details");
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("allOrganizations", this.organizations.findAll(Sort.by("name")));
		model.addAttribute("allStates", this.states.findAll(Sort.by("name")));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		AdminSearch search = AdminSearch.of(q, page);
		search.show(this.organizations.findForAdmin(search.text(), search.pattern(), search.pageable()), "records",
				model);
		model.addAttribute("kind", "organizations");
		return "admin/directory/list";
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
