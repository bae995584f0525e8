package org.asprecords.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.asprecords.web.chart.Box;
import org.asprecords.web.chart.Frame;
import org.asprecords.web.chart.Scale;
import org.asprecords.web.chart.ValueAxis;

/**
 * The programme budgets as bars: for each year with a figure, the Court's proposal, the
 * Committee's recommendation and the approved budget one under the other on an axis of
 * euros from zero. Years run down the page and amounts across it, so that many years stay
 * readable on a phone. A figure the sources do not give draws no bar (never a bar of
 * zero); a year without any figure is left out, as the table says it has none.
 *
 * @param frame the drawing's size
 * @param axis the axis of euros
 * @param years the years drawn, oldest first whatever the order they are given in (the
 * table lists the newest first)
 * @param latestApproved the latest year drawn with an approved total, or {@code null}
 */
public record BudgetChart(Frame frame, ValueAxis axis, List<YearBars> years, List<Gap> gaps,
		ProgrammeBudget latestApproved) {

	private static final double WIDTH = 360;

	/** The column of year labels. */
	private static final double LABELS = 48;

	/** Room for half the last tick's label. */
	private static final double RIGHT = 26;

	private static final double TOP = 26;

	private static final double BAR = 7;

	private static final double BAR_GAP = 1.5;

	private static final double YEAR_GAP = 14;

	/** The row that says which years between two drawn ones have no figures. */
	private static final double GAP_ROW = 16;

	private static final int INTERVALS = 5;

	static BudgetChart of(List<BudgetListing> listings) {
		List<ProgrammeBudget> drawn = listings.stream()
			.map(BudgetListing::budget)
			.filter((budget) -> !figures(budget).isEmpty())
			.sorted(Comparator.comparingInt(ProgrammeBudget::getYear))
			.toList();
		double largest = drawn.stream()
			.flatMap((budget) -> figures(budget).stream())
			.mapToDouble(BigDecimal::doubleValue)
			.max()
			.orElse(0);
		double height = TOP + drawn.stream().mapToDouble(BudgetChart::yearHeight).sum() + gapsBetween(drawn) * GAP_ROW;
		ValueAxis axis = new ValueAxis(Scale.zeroTo(largest, INTERVALS), LABELS, WIDTH - RIGHT, 14, TOP - 6,
				height - YEAR_GAP / 2);
		List<YearBars> years = new ArrayList<>();
		List<Gap> gaps = new ArrayList<>();
		double top = TOP;
		Integer previous = null;
		for (ProgrammeBudget budget : drawn) {
			// Years without figures are said to be missing, not closed up: 2009 is not
			// drawn beside 2017 as if they followed each other
			if (previous != null && budget.getYear() > previous + 1) {
				gaps.add(new Gap(previous + 1, budget.getYear() - 1, top - YEAR_GAP / 2 + GAP_ROW / 2 + 3));
				top += GAP_ROW;
			}
			years.add(YearBars.of(budget, top, axis));
			top += yearHeight(budget);
			previous = budget.getYear();
		}
		ProgrammeBudget latest = drawn.stream()
			.filter((budget) -> budget.getApproved() != null)
			.reduce((a, b) -> b)
			.orElse(null);
		return new BudgetChart(Frame.of(WIDTH, height), axis, List.copyOf(years), List.copyOf(gaps), latest);
	}

	private static long gapsBetween(List<ProgrammeBudget> drawn) {
		long gaps = 0;
		for (int i = 1; i < drawn.size(); i++) {
			if (drawn.get(i).getYear() > drawn.get(i - 1).getYear() + 1) {
				gaps++;
			}
		}
		return gaps;
	}

	/**
	 * The height a year takes: its bars, and the gap before the next year. A year of
	 * rounded figures takes at least two bars' height, for the "about" under its label,
	 * which would otherwise touch the next year's label.
	 */
	private static double yearHeight(ProgrammeBudget budget) {
		int rows = Math.max(figures(budget).size(), budget.isApproximate() ? 2 : 1);
		return rows * (BAR + BAR_GAP) - BAR_GAP + YEAR_GAP;
	}

	private static List<BigDecimal> figures(ProgrammeBudget budget) {
		return Arrays.stream(BudgetSeries.values())
			.map((series) -> series.of(budget))
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * Where the labels of the years end, right-aligned before the bars.
	 */
	public double labelX() {
		return this.axis.start() - 6;
	}

	public boolean isEmpty() {
		return this.years.isEmpty();
	}

	public int firstYear() {
		return this.years.get(0).year();
	}

	public int lastYear() {
		return this.years.get(this.years.size() - 1).year();
	}

	/**
	 * The figures some bar shows, for the legend.
	 */
	public List<BudgetSeries> series() {
		return Arrays.stream(BudgetSeries.values())
			.filter((series) -> this.years.stream().anyMatch((year) -> year.has(series)))
			.toList();
	}

	/**
	 * Whether some year drawn has figures the source rounds.
	 */
	public boolean anyApproximate() {
		return this.years.stream().anyMatch(YearBars::approximate);
	}

	/**
	 * One year of the chart.
	 * @param year the budget's year
	 * @param approximate whether the source rounds its figures
	 * @param labelY the baseline of the year's label
	 * @param bars its bars, in the order of the series (texture tells them apart); none
	 * for a figure not given
	 */
	/**
	 * Years between two drawn ones that have no figures in the record.
	 *
	 * @param from the first of them
	 * @param to the last of them, {@code from} for one year
	 * @param y the baseline of the row that says so
	 */
	public record Gap(int from, int to, double y) {

		public boolean oneYear() {
			return this.from == this.to;
		}

	}

	public record YearBars(int year, boolean approximate, double labelY, List<FigureBar> bars) {

		static YearBars of(ProgrammeBudget budget, double top, ValueAxis axis) {
			List<FigureBar> bars = new ArrayList<>();
			double y = top;
			for (BudgetSeries series : BudgetSeries.values()) {
				BigDecimal amount = series.of(budget);
				if (amount != null) {
					bars.add(new FigureBar(series, amount,
							Box.of(axis.start(), y, axis.length(amount.doubleValue()), BAR)));
					y += BAR + BAR_GAP;
				}
			}
			// Bars follow one another without a gap for a missing figure, and the label
			// is
			// centred on them: a year's single bar is not read with the next year's
			// label.
			double middle = top + (y - BAR_GAP - top) / 2;
			double labelY = middle + (budget.isApproximate() ? -1 : 4.5);
			return new YearBars(budget.getYear(), budget.isApproximate(), labelY, List.copyOf(bars));
		}

		/**
		 * The baseline of "about" under the year, where its figures are rounded.
		 */
		public double noteY() {
			return this.labelY + 10.5;
		}

		boolean has(BudgetSeries series) {
			return this.bars.stream().anyMatch((bar) -> bar.series() == series);
		}

	}

	/**
	 * @param series which figure it is
	 * @param amount the figure, in euros
	 * @param box where it is drawn
	 */
	public record FigureBar(BudgetSeries series, BigDecimal amount, Box box) {
	}

}
