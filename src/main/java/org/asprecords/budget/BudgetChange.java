package org.asprecords.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much an amount differs from the previous year's approved budget, in euros and in
 * percent (two decimals, rounded half up).
 * <p>
 * Computed exactly where both amounts are known; otherwise, for the approved total, the
 * change the source states is shown instead, marked as such, because a change against a
 * budget the database lacks cannot be checked here.
 *
 * @param amount the difference in euros, or {@code null} if unknown
 * @param percent the difference in percent of the previous approved total, or
 * {@code null} if unknown
 * @param statedBySource whether the figures are the source's rather than computed
 * @param approximate whether they rest on rounded figures
 */
public record BudgetChange(BigDecimal amount, BigDecimal percent, boolean statedBySource, boolean approximate) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The change of a year's approved budget against the previous year's: computed when
	 * both approved totals are known, else as the source states it.
	 * @param budget the year's budget
	 * @param previous the previous year's budget, or {@code null} if not recorded
	 * @return the change, or {@code null} when neither computed nor stated
	 */
	static BudgetChange ofApproved(ProgrammeBudget budget, ProgrammeBudget previous) {
		BudgetChange computed = between(previous, budget.getApproved(), budget.isApproximate());
		if (computed != null) {
			return computed;
		}
		return stated(budget);
	}

	/**
	 * The change of a year's approved budget as its source states it.
	 * @param budget the year's budget
	 * @return the stated change, or {@code null} when the source states none
	 */
	static BudgetChange stated(ProgrammeBudget budget) {
		if (budget.getStatedChangeAmount() == null && budget.getStatedChangePercent() == null) {
			return null;
		}
		return new BudgetChange(budget.getStatedChangeAmount(), budget.getStatedChangePercent(), true,
				budget.isApproximate());
	}

	/**
	 * Whether this change and another one, both known, give different figures: a source
	 * whose stated change does not match the recorded totals.
	 * @param other the other change, or {@code null}
	 * @return {@code true} if an amount or a percent known in both differs
	 */
	boolean differsFrom(BudgetChange other) {
		return other != null && (differ(this.amount, other.amount) || differ(this.percent, other.percent));
	}

	private static boolean differ(BigDecimal one, BigDecimal other) {
		return one != null && other != null && one.compareTo(other) != 0;
	}

	/**
	 * The difference of an amount (a proposal, a recommendation) from the previous year's
	 * approved total, when both are known.
	 * @param previous the previous year's budget, or {@code null} if not recorded
	 * @param amount the amount, or {@code null}
	 * @param approximate whether the amount is rounded
	 * @return the computed change, or {@code null}
	 */
	static BudgetChange between(ProgrammeBudget previous, BigDecimal amount, boolean approximate) {
		if (previous == null || previous.getApproved() == null || previous.getApproved().signum() == 0
				|| amount == null) {
			return null;
		}
		BigDecimal difference = amount.subtract(previous.getApproved());
		BigDecimal percent = difference.multiply(HUNDRED).divide(previous.getApproved(), 2, RoundingMode.HALF_UP);
		return new BudgetChange(difference, percent, false, approximate || previous.isApproximate());
	}

}
