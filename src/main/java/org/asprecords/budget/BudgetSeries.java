package org.asprecords.budget;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The three figures of a year's budget that the chart draws, in the order of the table's
 * columns and of the bars of each year.
 */
public enum BudgetSeries {

	PROPOSED("proposed", ProgrammeBudget::getProposed),

	RECOMMENDED("recommended", ProgrammeBudget::getRecommended),

	APPROVED("approved", ProgrammeBudget::getApproved);

	private final String key;

	private final Function<ProgrammeBudget, BigDecimal> figure;

	BudgetSeries(String key, Function<ProgrammeBudget, BigDecimal> figure) {
		this.key = key;
		this.figure = figure;
	}

	/**
	 * The name of its column ({@code budgets.column.<key>}) and of its bars' style.
	 */
	public String getKey() {
		return this.key;
	}

	/**
	 * The year's figure, or {@code null} where the sources do not give it.
	 */
	BigDecimal of(ProgrammeBudget budget) {
		return this.figure.apply(budget);
	}

}
