package org.asprecords.budget;

/**
 * Everything a year's budget page shows.
 *
 * @param budget the year's budget, with its session and resolution
 * @param previous the previous year's budget, or {@code null} if not recorded
 * @param change the approved total's change against the previous year, or {@code null}
 * @param proposalChange the Court's proposal against the previous approved total, or
 * {@code null} where not computable
 * @param recommendationChange the Committee's recommendation against the previous
 * approved total, or {@code null} where not computable
 * @param statedChange the change the source states, or {@code null}
 * @param lines the appropriations by Major Programme, empty where not recorded
 */
public record BudgetPage(ProgrammeBudget budget, ProgrammeBudget previous, BudgetChange change,
		BudgetChange proposalChange, BudgetChange recommendationChange, BudgetChange statedChange, BudgetLines lines) {

	static BudgetPage of(ProgrammeBudget budget, ProgrammeBudget previous) {
		return new BudgetPage(budget, previous, BudgetChange.ofApproved(budget, previous),
				BudgetChange.between(previous, budget.getProposed(), budget.isApproximate()),
				BudgetChange.between(previous, budget.getRecommended(), budget.isApproximate()),
				BudgetChange.stated(budget), BudgetLines.of(budget));
	}

	/**
	 * Whether the change computed from the recorded totals differs from the one the
	 * source states, which the page then shows too.
	 */
	public boolean sourceStatesAnotherChange() {
		return this.change != null && !this.change.statedBySource() && this.change.differsFrom(this.statedChange);
	}

}
