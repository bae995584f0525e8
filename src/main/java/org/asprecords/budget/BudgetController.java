package org.asprecords.budget;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of programme budgets: every year in one table, and one page per year.
 */
@Controller
class BudgetController {

	private final BudgetCatalog catalog;

	BudgetController(BudgetCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/budgets")
	String list(Model model) {
		model.addAttribute("budgets", this.catalog.everyYear());
		return "budgets/list";
	}

	/**
	 * A year that is not a number is a malformed request (400); a year without a recorded
	 * budget is not found (404).
	 */
	@GetMapping("/budgets/{year}")
	String show(@PathVariable int year, Model model) {
		model.addAttribute("details", this.catalog.year(year));
		return "budgets/show";
	}

}
