package org.asprecords.budget;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asprecords.db.NotFoundException;
import org.asprecords.session.AssemblySession;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads programme budgets for the public pages: the table a page at a time in three
 * queries, every year at once for the downloads in one, a year's page in two (the year
 * and the year before, for the change).
 */
@Service
@Transactional(readOnly = true)
public class BudgetCatalog {

	private final ProgrammeBudgetRepository budgets;

	BudgetCatalog(ProgrammeBudgetRepository budgets) {
		this.budgets = budgets;
	}

	/**
	 * Every recorded year, oldest first, each with its change against the year before.
	 */
	List<BudgetListing> everyYear() {
		List<ProgrammeBudget> all = this.budgets.findAllInYearOrder();
		return listings(all, all);
	}

	/**
	 * A page of the recorded years, the newest first, each with its change against the
	 * year before: the page's budgets, then those of the years before them (the one
	 * before the page's oldest is on the next page), in a fixed number of queries.
	 */
	Page<BudgetListing> newestFirst(Pageable pageable) {
		List<ProgrammeBudget> page = this.budgets.findNewestFirst(pageable);
		Set<Integer> previousYears = page.stream().map((budget) -> budget.getYear() - 1).collect(Collectors.toSet());
		List<ProgrammeBudget> previous = previousYears.isEmpty() ? List.of() : this.budgets.findByYearIn(previousYears);
		return new PageImpl<>(listings(page, previous), pageable, this.budgets.count());
	}

	/**
	 * Budgets, each with its change against the year before, looked up among
	 * {@code previous}.
	 */
	private static List<BudgetListing> listings(List<ProgrammeBudget> budgets, List<ProgrammeBudget> previous) {
		Map<Integer, ProgrammeBudget> byYear = previous.stream()
			.collect(Collectors.toMap(ProgrammeBudget::getYear, Function.identity()));
		return budgets.stream()
			.map((budget) -> new BudgetListing(budget,
					BudgetChange.ofApproved(budget, byYear.get(budget.getYear() - 1))))
			.toList();
	}

	BudgetPage year(int year) {
		ProgrammeBudget budget = this.budgets.findPage(year).orElseThrow(() -> new NotFoundException("budget"));
		return BudgetPage.of(budget, this.budgets.findByYear(year - 1).orElse(null));
	}

	/** A year's budget with its resolution, as its address names it; no more of it. */
	public Optional<ProgrammeBudget> find(int year) {
		return this.budgets.findPage(year);
	}

	public List<ProgrammeBudget> ofSession(AssemblySession session, Pageable pageable) {
		return this.budgets.findBySession(session, pageable);
	}

}
