package org.asprecords.budget;

import java.util.List;

import jakarta.validation.Valid;

import org.asprecords.session.AssemblySessionRepository;
import org.asprecords.web.AdminSearch;
import org.asprecords.web.form.FormSubmission;

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
 * The admin pages of programme budgets: every year in one list, and the form to record or
 * correct one.
 */
@Controller
@RequestMapping("/admin/budgets")
class BudgetAdminController {

	private static final String FORM = "admin/budgets/form";

	private static final List<String> COMPARED = List.of("published", "year", "session", "resolution", "proposed",
			"recommended", "approved", "approvedExcludingPremises", "premisesComponent", "statedChangeAmount",
			"statedChangePercent", "contingencyFundLevel", "workingCapitalFund", "staffing", "approximate", "note",
			"sources");

	private final BudgetEditor editor;

	private final ProgrammeBudgetRepository budgets;

	private final AssemblySessionRepository sessions;

	BudgetAdminController(BudgetEditor editor, ProgrammeBudgetRepository budgets, AssemblySessionRepository sessions) {
		this.editor = editor;
		this.budgets = budgets;
		this.sessions = sessions;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		AdminSearch search = AdminSearch.of(q, page);
		search.show(this.budgets.findForAdmin(search.text(), search.pattern(), search.pageable()), "budgets", model);
		return "admin/budgets/list";
	}

	/**
	 * The blank form, for a session already chosen when the editor came from the
	 * session's page.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String session, Model model) {
		BudgetForm form = new BudgetForm();
		form.setSession(session);
		model.addAttribute("form", form);
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") BudgetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.submit(result, redirect, "admin.budget.created",
				() -> "/admin/budgets/" + this.editor.create(form).getId() + "/edit", () -> form(model, null),
				() -> form(model, null));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		this.editor.page(id).addTo(model);
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") BudgetForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String edit = "/admin/budgets/" + id + "/edit";
		return FormSubmission.submit(result, redirect, "admin.budget.saved", () -> {
			this.editor.update(id, form);
			return edit;
		}, () -> form(model, id), () -> {
			form(model, id);
			return FormSubmission.conflict(model, this.editor.page(id).form(), form, COMPARED, "admin.budget.", edit);
		});
	}

	private String form(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("formTemplate", FORM);
		model.addAttribute("allSessions", this.sessions.findChoices());
		return FORM;
	}

}
