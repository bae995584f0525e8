package org.asprecords.budget;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetChangeTest {

	@Test
	void computesTheChangeFrom2023To2024Exactly() {
		ProgrammeBudget budget2023 = budget(2023, "173234300.00");
		ProgrammeBudget budget2024 = budget(2024, "187084300.00");
		budget2024.setStatedChangeAmount(new BigDecimal("1.00"));

		BudgetChange change = BudgetChange.ofApproved(budget2024, budget2023);

		assertThat(change.amount()).isEqualByComparingTo("13850000");
		assertThat(change.percent()).isEqualTo(new BigDecimal("7.99"));
		assertThat(change.statedBySource()).isFalse();
		assertThat(change.approximate()).isFalse();
	}

	@Test
	void withoutThePreviousYearTakesTheChangeTheSourceStates() {
		ProgrammeBudget budget2023 = budget(2023, "173234300.00");
		budget2023.setStatedChangeAmount(new BigDecimal("18379300.00"));
		budget2023.setStatedChangePercent(new BigDecimal("12.20"));

		BudgetChange change = BudgetChange.ofApproved(budget2023, null);

		assertThat(change.amount()).isEqualTo(new BigDecimal("18379300.00"));
		assertThat(change.percent()).isEqualTo(new BigDecimal("12.20"));
		assertThat(change.statedBySource()).isTrue();
	}

	@Test
	void aPreviousYearWithoutApprovedTotalAlsoFallsBackToTheStatedChange() {
		ProgrammeBudget budget2018 = budget(2018, null);
		ProgrammeBudget budget2019 = budget(2019, "144550000.00");
		budget2019.setApproximate(true);
		budget2019.setStatedChangePercent(new BigDecimal("0.49"));

		BudgetChange change = BudgetChange.ofApproved(budget2019, budget2018);

		assertThat(change.amount()).isNull();
		assertThat(change.percent()).isEqualTo(new BigDecimal("0.49"));
		assertThat(change.statedBySource()).isTrue();
		assertThat(change.approximate()).isTrue();
	}

	@Test
	void nothingComputedNorStatedIsNoChange() {
		assertThat(BudgetChange.ofApproved(budget(2021, "148259000.00"), null)).isNull();
		assertThat(BudgetChange.ofApproved(budget(2021, null), budget(2020, "149205600.00"))).isNull();
	}

	@Test
	void roundsThePercentHalfUpToTwoDecimals() {
		// 1.01 on 200 is 0.505%: half up gives 0.51 (half even would give 0.50)
		BudgetChange up = BudgetChange.between(budget(2010, "200.00"), new BigDecimal("201.01"), false);
		assertThat(up.percent()).isEqualTo(new BigDecimal("0.51"));
		// 1 on 3 is 33.333...%
		BudgetChange third = BudgetChange.between(budget(2010, "3.00"), new BigDecimal("4.00"), false);
		assertThat(third.percent()).isEqualTo(new BigDecimal("33.33"));
		// a decrease rounds away from zero at the half too: -0.505% gives -0.51%
		BudgetChange down = BudgetChange.between(budget(2010, "200.00"), new BigDecimal("198.99"), false);
		assertThat(down.amount()).isEqualByComparingTo("-1.01");
		assertThat(down.percent()).isEqualTo(new BigDecimal("-0.51"));
	}

	@Test
	void theProposalFor2024IsComparedWithTheApproved2023Total() {
		BudgetChange change = BudgetChange.between(budget(2023, "173234300.00"), new BigDecimal("200412100.00"), false);
		assertThat(change.amount()).isEqualByComparingTo("27177800");
		assertThat(change.percent()).isEqualTo(new BigDecimal("15.69"));
	}

	@Test
	void aComputedChangeOnARoundedBudgetIsApproximate() {
		ProgrammeBudget budget2019 = budget(2019, "144550000.00");
		budget2019.setApproximate(true);
		BudgetChange change = BudgetChange.ofApproved(budget(2020, "149205600.00"), budget2019);
		assertThat(change.amount()).isEqualByComparingTo("4655600");
		assertThat(change.approximate()).isTrue();
	}

	private static ProgrammeBudget budget(int year, String approved) {
		ProgrammeBudget budget = new ProgrammeBudget();
		budget.setYear(year);
		budget.setApproved((approved != null) ? new BigDecimal(approved) : null);
		return budget;
	}

}
