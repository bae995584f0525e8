package org.asprecords.web.chart;

/**
 * Coordinates as an SVG file writes them: a tenth of a unit is finer than any screen
 * shows, and keeps the page short.
 */
public final class Units {

	private Units() {
	}

	public static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
