package org.asprecords.web.chart;

/**
 * The size of a drawing in its own units. The page scales the drawing to the width
 * available ({@code viewBox}), so it fits a phone without sideways scrolling.
 *
 * @param width its width
 * @param height its height
 */
public record Frame(double width, double height) {

	public static Frame of(double width, double height) {
		return new Frame(Units.round(width), Units.round(height));
	}

	public String viewBox() {
		return "0 0 " + number(this.width) + " " + number(this.height);
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
