package org.asprecords.web.chart;

/**
 * A mark on a value axis.
 *
 * @param value the value it marks
 * @param x where it is drawn
 */
public record Tick(long value, double x) {
}
