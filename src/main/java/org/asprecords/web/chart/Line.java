package org.asprecords.web.chart;

/**
 * A straight line of a drawing, such as a reference mark across a bar.
 *
 * @param x1 where it starts, across
 * @param y1 where it starts, down
 * @param x2 where it ends, across
 * @param y2 where it ends, down
 */
public record Line(double x1, double y1, double x2, double y2) {

	public static Line vertical(double x, double top, double bottom) {
		return new Line(Units.round(x), Units.round(top), Units.round(x), Units.round(bottom));
	}

}
