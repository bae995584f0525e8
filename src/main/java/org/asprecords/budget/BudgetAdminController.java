package org.asprecords.budget;

import java.util.List;

import jakarta.validation.Valid;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
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
 * The admin pages of programme budgets: every year in one list, and the form to record or
 * correct one.
 */
@Controller
@RequestMapping("/admin/budgets")
class BudgetAdminController {

	private static final List<String> COMPARED = List.of("published", "year", "session", "resolution", "proposed",
			"recommended", "approved", "approvedExcludingPremises", "premisesComponent", "statedChangeAmount",
			"statedChangePercent", "contingencyFundLevel", "workingCapitalFund", "staffing", "approximate", "note",
			"lineSummary", "sources");

	private final ProgrammeBudgetRepository budgets;

	private final Sessions sessions;

	private final AdminForms<ProgrammeBudget, BudgetForm> forms;

	BudgetAdminController(BudgetEditor editor, ProgrammeBudgetRepository budgets, Sessions sessions) {
		this.budgets = budgets;
		this.sessions = sessions;
		this.forms = new AdminForms<>("budgets", "admin.budget", editor, COMPARED);
	}

	@InitBinder("form")
	void limitLines(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(BudgetForm.PROGRAMMES);
	}

	@ModelAttribute("majorProgrammes")
	MajorProgramme[] majorProgrammes() {
		return MajorProgramme.values();
	}

	@ModelAttribute("allSessions")
	FormOptions<List<AssemblySession>> allSessions() {
		return FormOptions.of(this.sessions::choices);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.budgets::findForAdmin, model);
	}

	/**
	 * The blank form, for a session already chosen when the editor came from the
	 * session's page.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String session, Model model) {
		BudgetForm form = new BudgetForm();
		form.setSession(session);
		return this.forms.newForm(form, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") BudgetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") BudgetForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

}
