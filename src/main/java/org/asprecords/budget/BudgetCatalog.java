package org.asprecords.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordsCache;
import org.asprecords.session.AssemblySession;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads programme budgets for the public pages: the table a page at a time in two queries
 * (how many years there are is kept until a save), every year at once for the downloads
 * in one, a year's page in two (the year and the year before, for the change).
 */
@Service
@Transactional(readOnly = true)
public class BudgetCatalog {

	private final ProgrammeBudgetRepository budgets;

	private final RecordsCache cache;

	BudgetCatalog(ProgrammeBudgetRepository budgets, RecordsCache cache) {
		this.budgets = budgets;
		this.cache = cache;
	}

	/**
	 * Every recorded year, oldest first, each with its change against the year before.
	 */
	List<BudgetListing> everyYear() {
		List<ProgrammeBudget> all = this.budgets.findAllInYearOrder();
		return listings(all, all);
	}

	/**
	 * Every recorded year as {@link #everyYear()}, with its lines read: in one more query
	 * for up to a hundred years (their batch size).
	 */
	List<BudgetListing> everyYearWithLines() {
		List<BudgetListing> all = everyYear();
		all.forEach((listing) -> listing.budget().getLines().size());
		return all;
	}

	/**
	 * A page of the recorded years, the newest first, each with its change against the
	 * year before, in a fixed number of queries: the page's budgets, then those of the
	 * years before them that the page lacks (the year before its oldest, and any year
	 * missing between its own), and how many years there are, kept until the records
	 * change.
	 */
	Page<BudgetListing> newestFirst(Pageable pageable) {
		List<ProgrammeBudget> page = this.budgets.findNewestFirst(pageable);
		Set<Integer> shown = page.stream().map(ProgrammeBudget::getYear).collect(Collectors.toSet());
		Set<Integer> lacking = page.stream()
			.map((budget) -> budget.getYear() - 1)
			.filter((year) -> !shown.contains(year))
			.collect(Collectors.toSet());
		List<ProgrammeBudget> previous = new ArrayList<>(page);
		if (!lacking.isEmpty()) {
			previous.addAll(this.budgets.findByYearIn(lacking.toArray(Integer[]::new)));
		}
		long years = this.cache.get("budget-count", this.budgets::count);
		return new PageImpl<>(listings(page, previous), pageable, years);
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
		ProgrammeBudget budget = this.budgets.findPageWithLines(year)
			.orElseThrow(() -> new NotFoundException("budget"));
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
