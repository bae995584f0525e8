package org.asprecords.budget;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * One line of a budget's appropriations in its form: the euros of one Major Programme
 * (the line's place in the form says which); a line left blank appropriates nothing to
 * it.
 */
public class BudgetLineRow {

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal amount;

	BudgetLineRow() {
	}

	BudgetLineRow(BigDecimal amount) {
		this.amount = amount;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

}
