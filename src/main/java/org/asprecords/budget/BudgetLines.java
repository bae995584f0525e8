package org.asprecords.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A budget's appropriations by Major Programme as its page shows them: each line with its
 * share of the total, the subtotal of the Court's programmes where the host-State loan
 * comes after it (as the resolutions print it), the total, and the chart of the lines.
 *
 * @param lines the lines, in the order of {@link MajorProgramme}
 * @param subtotal the sum of the lines counted in the subtotal
 * @param total the sum of every line
 * @param chart the lines as bars
 */
public record BudgetLines(List<Share> lines, BigDecimal subtotal, BigDecimal total, LinesChart chart) {

	static BudgetLines of(ProgrammeBudget budget) {
		List<BudgetLine> lines = budget.getLines();
		BigDecimal total = ProgrammeBudget.sum(lines, (line) -> true);
		List<Share> shares = lines.stream()
			.map((line) -> new Share(line.getProgramme(), line.getAmount(), percent(line.getAmount(), total)))
			.toList();
		return new BudgetLines(shares, ProgrammeBudget.sum(lines, (line) -> line.getProgramme().inSubtotal()), total,
				LinesChart.of(lines));
	}

	private static BigDecimal percent(BigDecimal amount, BigDecimal total) {
		return (total.signum() > 0) ? amount.multiply(BigDecimal.valueOf(100)).divide(total, 4, RoundingMode.HALF_UP)
				: null;
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	/**
	 * Whether a line comes after the subtotal, so that the table shows the subtotal
	 * before it.
	 */
	public boolean hasSubtotal() {
		return this.lines.stream().anyMatch((line) -> !line.programme().inSubtotal());
	}

	/**
	 * @param programme the Major Programme
	 * @param amount its appropriation, in euros
	 * @param percent its share of the total, or {@code null} when the total is zero
	 */
	public record Share(MajorProgramme programme, BigDecimal amount, BigDecimal percent) {

	}

}
