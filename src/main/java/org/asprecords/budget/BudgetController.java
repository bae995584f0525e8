package org.asprecords.budget;

import java.util.Arrays;
import java.util.List;

import org.asprecords.web.CsvExport;
import org.asprecords.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of programme budgets: the table of years, page by page, and one page
 * per year.
 */
@Controller
class BudgetController {

	private final BudgetCatalog catalog;

	BudgetController(BudgetCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The table a page of years at a time, the newest first; the chart draws the page's
	 * years.
	 */
	@GetMapping("/budgets")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<BudgetListing> budgets = this.catalog.newestFirst(Pagination.request(page, Sort.unsorted()));
		model.addAttribute("budgets", budgets.getContent());
		model.addAttribute("pages", Pagination.of(budgets));
		model.addAttribute("chart", BudgetChart.of(budgets.getContent()));
		return "budgets/list";
	}

	/**
	 * The table of budgets as a CSV file: amounts as exact decimals in euros.
	 */
	@GetMapping("/budgets.csv")
	ResponseEntity<String> csv() {
		return CsvExport.of("programme-budgets.csv",
				List.of("year", "session", "resolution", "proposed_eur", "recommended_eur", "approved_eur",
						"change_eur", "change_percent", "change_stated_by_source", "approximate", "sources"),
				this.catalog.everyYear().stream().map((listing) -> {
					ProgrammeBudget budget = listing.budget();
					BudgetChange change = listing.change();
					return Arrays.<Object>asList(budget.getYear(), budget.getSession().getSlug(),
							(budget.getResolution() != null) ? budget.getResolution().getSymbol() : null,
							budget.getProposed(), budget.getRecommended(), budget.getApproved(),
							(change != null) ? change.amount() : null, (change != null) ? change.percent() : null,
							(change != null) ? change.statedBySource() : null, budget.isApproximate(),
							List.copyOf(budget.getSources()));
				}).toList());
	}

	/**
	 * A year's appropriations by Major Programme as a CSV file: amounts as exact decimals
	 * in euros.
	 */
	@GetMapping("/budgets/{year}/lines.csv")
	ResponseEntity<String> linesCsv(@PathVariable int year) {
		BudgetPage page = this.catalog.year(year);
		return CsvExport.of("programme-budget-" + year + "-lines.csv",
				List.of("year", "major_programme", "key", "amount_eur"),
				page.lines()
					.lines()
					.stream()
					.map((line) -> Arrays.<Object>asList(year, line.programme().getCode(), line.programme().name(),
							line.amount()))
					.toList());
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
