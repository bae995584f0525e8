package org.asprecords.budget;

/**
 * One year in the table of budgets.
 *
 * @param budget the year's budget, with its session and resolution
 * @param change its change against the previous year, or {@code null} if unknown
 */
public record BudgetListing(ProgrammeBudget budget, BudgetChange change) {
}
