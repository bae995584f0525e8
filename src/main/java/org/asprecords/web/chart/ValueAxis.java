package org.asprecords.web.chart;

import java.util.List;

/**
 * A horizontal axis of values: its scale laid from {@code start} to {@code end}, with the
 * tick labels along the top of the drawing and grid lines down to its bottom.
 *
 * @param scale the values it shows
 * @param start where zero is drawn
 * @param end where the scale's maximum is drawn
 * @param labelY the baseline of the tick labels
 * @param gridTop where the grid lines start
 * @param gridBottom where they end
 */
public record ValueAxis(Scale scale, double start, double end, double labelY, double gridTop, double gridBottom) {

	/**
	 * Where a value is drawn.
	 */
	public double at(double value) {
		return Units.round(this.start + (this.end - this.start) * this.scale.fraction(value));
	}

	/**
	 * The length of a bar from zero to the value.
	 */
	public double length(double value) {
		return Units.round(at(value) - this.start);
	}

	public List<Tick> ticks() {
		return this.scale.ticks().stream().map((value) -> new Tick(value, at(value))).toList();
	}

}
