package org.asprecords.budget;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asprecords.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads programme budgets for the public pages: the table of every year in one query, a
 * year's page in two (the year and the year before, for the change).
 */
@Service
@Transactional(readOnly = true)
class BudgetCatalog {

	private final ProgrammeBudgetRepository budgets;

	BudgetCatalog(ProgrammeBudgetRepository budgets) {
		this.budgets = budgets;
	}

	/**
	 * Every recorded year, oldest first, each with its change against the year before.
	 */
	List<BudgetListing> everyYear() {
		List<ProgrammeBudget> all = this.budgets.findAllInYearOrder();
		Map<Integer, ProgrammeBudget> byYear = all.stream()
			.collect(Collectors.toMap(ProgrammeBudget::getYear, Function.identity()));
		return all.stream()
			.map((budget) -> new BudgetListing(budget,
					BudgetChange.ofApproved(budget, byYear.get(budget.getYear() - 1))))
			.toList();
	}

	BudgetPage year(int year) {
		ProgrammeBudget budget = this.budgets.findPage(year).orElseThrow(() -> new NotFoundException("budget"));
		return BudgetPage.of(budget, this.budgets.findByYear(year - 1).orElse(null));
	}

}
