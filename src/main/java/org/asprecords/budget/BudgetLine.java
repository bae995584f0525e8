package org.asprecords.budget;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of a budget's appropriations: the euros the Assembly approved for a Major
 * Programme.
 */
@Embeddable
public class BudgetLine {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MajorProgramme programme;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	protected BudgetLine() {
	}

	public BudgetLine(MajorProgramme programme, BigDecimal amount) {
		this.programme = Objects.requireNonNull(programme);
		this.amount = Objects.requireNonNull(amount);
	}

	public MajorProgramme getProgramme() {
		return this.programme;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BudgetLine that && this.programme == that.programme
				&& this.amount.compareTo(that.amount) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.programme, this.amount.stripTrailingZeros());
	}

}
