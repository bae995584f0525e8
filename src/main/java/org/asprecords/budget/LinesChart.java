package org.asprecords.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.asprecords.web.chart.Box;
import org.asprecords.web.chart.Frame;
import org.asprecords.web.chart.Scale;
import org.asprecords.web.chart.ValueAxis;

/**
 * A budget's appropriations as bars, one a Major Programme, down the page in the order of
 * the table, on an axis of euros from zero. Programmes are labelled by their number (the
 * table beside it names them), so that the bars keep their width on a phone.
 *
 * @param frame the drawing's size
 * @param axis the axis of euros
 * @param bars a bar a line
 * @param largest the line with the largest amount, which the description names, or
 * {@code null} without lines
 */
public record LinesChart(Frame frame, ValueAxis axis, List<LineBar> bars, BudgetLine largest) {

	private static final double WIDTH = 360;

	/** The column of programme numbers. */
	private static final double LABELS = 44;

	/** Room for half the last tick's label. */
	private static final double RIGHT = 26;

	private static final double TOP = 26;

	private static final double BAR = 10;

	private static final double ROW = 17;

	private static final int INTERVALS = 5;

	static LinesChart of(List<BudgetLine> lines) {
		BudgetLine largest = lines.stream().max(Comparator.comparing(BudgetLine::getAmount)).orElse(null);
		double height = TOP + lines.size() * ROW;
		ValueAxis axis = new ValueAxis(
				Scale.zeroTo((largest != null) ? largest.getAmount().doubleValue() : 0, INTERVALS), LABELS,
				WIDTH - RIGHT, 14, TOP - 6, height - (ROW - BAR) / 2);
		List<LineBar> bars = new ArrayList<>();
		double top = TOP;
		for (BudgetLine line : lines) {
			bars.add(new LineBar(line.getProgramme(), line.getAmount(),
					Box.of(axis.start(), top, axis.length(line.getAmount().doubleValue()), BAR), top + BAR - 1.5));
			top += ROW;
		}
		return new LinesChart(Frame.of(WIDTH, height), axis, List.copyOf(bars), largest);
	}

	/**
	 * Where the programme numbers end, right-aligned before the bars.
	 */
	public double labelX() {
		return this.axis.start() - 6;
	}

	/**
	 * @param programme the Major Programme
	 * @param amount its appropriation, in euros
	 * @param box where it is drawn
	 * @param labelY the baseline of its number
	 */
	public record LineBar(MajorProgramme programme, BigDecimal amount, Box box, double labelY) {

	}

}
