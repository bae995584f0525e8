package org.asprecords.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.Links;
import org.asprecords.web.api.Money;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme budgets in the JSON API: every year, oldest first, with its change against
 * the year before (as the table of budgets shows it), and each year with all its figures.
 * Amounts are exact decimal strings in euros.
 */
@RestController
@RequestMapping("/api/v1/budgets")
class BudgetApiController {

	private final BudgetCatalog catalog;

	BudgetApiController(BudgetCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<BudgetJson> list() {
		return this.catalog.everyYearWithLines()
			.stream()
			.map((listing) -> BudgetJson.of(listing.budget(), listing.change()))
			.toList();
	}

	@GetMapping("/{year}")
	BudgetJson year(@PathVariable int year) {
		BudgetPage page = this.catalog.year(year);
		return BudgetJson.of(page.budget(), page.change());
	}

	/**
	 * A year's programme budget.
	 *
	 * @param change the change of the approved budget against the year before: stated by
	 * the sources, or computed from the recorded totals ({@code statedBySource} false)
	 */
	public record BudgetJson(int year, String session, String resolution, Money proposed, Money recommended,
			Money approved, Money approvedExcludingPremises, Money premisesComponent, Money contingencyFundLevel,
			Money workingCapitalFund, Integer staffing, boolean approximate, Change change, List<Line> lines,
			String note, List<String> sources, Instant updatedAt, Links links) {

		static BudgetJson of(ProgrammeBudget budget, BudgetChange change) {
			return new BudgetJson(budget.getYear(), budget.getSession().getSlug(),
					(budget.getResolution() != null) ? budget.getResolution().getSymbol() : null,
					Money.euros(budget.getProposed()), Money.euros(budget.getRecommended()),
					Money.euros(budget.getApproved()), Money.euros(budget.getApprovedExcludingPremises()),
					Money.euros(budget.getPremisesComponent()), Money.euros(budget.getContingencyFundLevel()),
					Money.euros(budget.getWorkingCapitalFund()), budget.getStaffing(), budget.isApproximate(),
					(change != null) ? new Change(Money.euros(change.amount()), percent(change.percent()),
							change.statedBySource()) : null,
					budget.getLines().stream().map(Line::of).toList(), budget.getNote(),
					List.copyOf(budget.getSources()), budget.getUpdatedAt(),
					Links.of(RecordPaths.budget(budget.getYear())));
		}

		private static String percent(BigDecimal percent) {
			return (percent != null) ? percent.toPlainString() : null;
		}

	}

	/**
	 * An appropriation by Major Programme.
	 *
	 * @param programme the programme's key, as in the session files
	 * @param code its number in the Court's budget, such as {@code II} or {@code VII-2}
	 * @param amount the euros appropriated to it
	 */
	public record Line(String programme, String code, Money amount) {

		static Line of(BudgetLine line) {
			return new Line(line.getProgramme().name(), line.getProgramme().getCode(), Money.euros(line.getAmount()));
		}

	}

	/**
	 * @param percent the change in percent, as an exact decimal string
	 */
	public record Change(Money amount, String percent, boolean statedBySource) {

	}

}
