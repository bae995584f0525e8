package org.asprecords.web.chart;

/**
 * A rectangle of a drawing, such as a bar.
 *
 * @param x its left side
 * @param y its top
 * @param width its width
 * @param height its height
 */
public record Box(double x, double y, double width, double height) {

	public static Box of(double x, double y, double width, double height) {
		return new Box(Units.round(x), Units.round(y), Units.round(width), Units.round(height));
	}

	/**
	 * The right side, where a label after the bar starts.
	 */
	public double right() {
		return Units.round(this.x + this.width);
	}

}
