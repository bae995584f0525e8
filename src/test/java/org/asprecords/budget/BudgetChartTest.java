package org.asprecords.budget;

import java.math.BigDecimal;
import java.util.List;

import org.asprecords.budget.BudgetChart.FigureBar;
import org.asprecords.budget.BudgetChart.YearBars;
import org.asprecords.web.chart.Box;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The budget chart's bars: one per figure given, none for a figure missing, each as long
 * as its amount on a scale from zero.
 */
class BudgetChartTest {

	@Test
	void aFigureTheSourcesDoNotGiveHasNoBar() {
		BudgetChart chart = BudgetChart.of(List.of(listing(2023, "186826400", null, "173234300", false)));

		YearBars year = chart.years().get(0);
		assertThat(year.bars()).extracting(FigureBar::series)
			.containsExactly(BudgetSeries.PROPOSED, BudgetSeries.APPROVED);
		assertThat(chart.series()).containsExactly(BudgetSeries.PROPOSED, BudgetSeries.APPROVED);
		// no empty place is kept for the missing recommendation: texture and order tell
		// the bars apart
		Box proposed = year.bars().get(0).box();
		assertThat(year.bars().get(1).box().y()).isLessThan(proposed.y() + 2 * proposed.height());
	}

	@Test
	void yearsWithoutFiguresBetweenTwoDrawnOnesAreSaidToBeMissing() {
		BudgetChart chart = BudgetChart.of(List.of(listing(2009, null, null, "101229900", false),
				listing(2017, null, null, "144587300", false), listing(2018, null, null, "147431500", false)));

		assertThat(chart.gaps()).singleElement().satisfies((gap) -> {
			assertThat(gap.from()).isEqualTo(2010);
			assertThat(gap.to()).isEqualTo(2016);
			assertThat(gap.oneYear()).isFalse();
			// The row lies between the two years' bars, in the chart's frame
			Box before = chart.years().get(0).bars().get(0).box();
			assertThat(gap.y()).isGreaterThan(before.y() + before.height())
				.isLessThan(chart.years().get(1).bars().get(0).box().y());
		});
		BudgetChart consecutive = BudgetChart.of(List.of(listing(2016, null, null, "139590600", false),
				listing(2017, null, null, "144587300", false), listing(2018, null, null, "147431500", false)));
		assertThat(consecutive.gaps()).isEmpty();
		// The gap takes a row of its own
		assertThat(chart.frame().height() - consecutive.frame().height()).isCloseTo(16, within(0.5));
	}

	/**
	 * 2013 and 2014 have one rounded figure each: the "about" under 2013 stays clear of
	 * the label of 2014.
	 */
	@Test
	void theAboutUnderAYearOfOneRoundedFigureDoesNotTouchTheNextYear() {
		BudgetChart chart = BudgetChart
			.of(List.of(listing(2013, "118750000", null, null, true), listing(2014, null, null, "121600000", true)));

		YearBars first = chart.years().get(0);
		YearBars second = chart.years().get(1);
		assertThat(second.labelY() - first.noteY()).isGreaterThanOrEqualTo(12);
		assertThat(chart.frame().height()).isGreaterThan(second.noteY());
	}

	@Test
	void aYearWithoutAnyFigureIsLeftOut() {
		BudgetChart chart = BudgetChart.of(List.of(listing(2006, null, null, null, false),
				listing(2007, null, null, "88871800", false), listing(2025, null, null, null, false)));

		assertThat(chart.years()).extracting(YearBars::year).containsExactly(2007);
		assertThat(chart.firstYear()).isEqualTo(2007);
		assertThat(chart.lastYear()).isEqualTo(2007);
	}

	@Test
	void barsStartAtZeroAndAreAsLongAsTheirAmounts() {
		BudgetChart chart = BudgetChart.of(List.of(listing(2019, "147550000", "144700000", "144550000", true),
				listing(2024, "200412100", "188386100", "187084300", false)));

		List<FigureBar> bars = chart.years().stream().flatMap((year) -> year.bars().stream()).toList();
		assertThat(bars).hasSize(6).allSatisfy((bar) -> {
			assertThat(bar.box().x()).isEqualTo(chart.axis().start());
			assertThat(bar.box().width()).isEqualTo(chart.axis().length(bar.amount().doubleValue()));
			assertThat(bar.box().right()).isLessThanOrEqualTo(chart.axis().end());
		});
		FigureBar proposed2024 = chart.years().get(1).bars().get(0);
		FigureBar approved2019 = chart.years().get(0).bars().get(2);
		assertThat(proposed2024.box().width() / approved2019.box().width()).isCloseTo(200412100.0 / 144550000.0,
				within(0.002));
	}

	@Test
	void barsOfAYearLieInTheOrderOfTheTableAndYearsDoNotOverlap() {
		BudgetChart chart = BudgetChart.of(List.of(listing(2019, "147550000", "144700000", "144550000", true),
				listing(2024, "200412100", "188386100", "187084300", false)));

		List<Double> tops = chart.years()
			.stream()
			.flatMap((year) -> year.bars().stream())
			.map((bar) -> bar.box().y())
			.toList();
		assertThat(tops).isSorted().doesNotHaveDuplicates();
		FigureBar last2019 = chart.years().get(0).bars().get(2);
		assertThat(last2019.box().y() + last2019.box().height())
			.isLessThan(chart.years().get(1).bars().get(0).box().y());
		assertThat(chart.frame().height()).isGreaterThan(tops.get(tops.size() - 1));
	}

	@Test
	void theRoundedFiguresOfAYearAreMarkedAndTheLatestApprovedTotalIsKnown() {
		BudgetChart chart = BudgetChart.of(List.of(listing(2019, "147550000", "144700000", "144550000", true),
				listing(2024, "200412100", "188386100", "187084300", false),
				listing(2025, "210000000", null, null, false)));

		assertThat(chart.years()).extracting(YearBars::approximate).containsExactly(true, false, false);
		assertThat(chart.anyApproximate()).isTrue();
		assertThat(chart.latestApproved().getYear()).isEqualTo(2024);
	}

	@Test
	void noFigureAtAllIsAnEmptyChart() {
		assertThat(BudgetChart.of(List.of()).isEmpty()).isTrue();
		assertThat(BudgetChart.of(List.of(listing(2025, null, null, null, false))).isEmpty()).isTrue();
	}

	private static BudgetListing listing(int year, String proposed, String recommended, String approved,
			boolean approximate) {
		ProgrammeBudget budget = new ProgrammeBudget();
		budget.setYear(year);
		budget.setProposed(amount(proposed));
		budget.setRecommended(amount(recommended));
		budget.setApproved(amount(approved));
		budget.setApproximate(approximate);
		return new BudgetListing(budget, null);
	}

	private static BigDecimal amount(String euros) {
		return (euros != null) ? new BigDecimal(euros) : null;
	}

}
