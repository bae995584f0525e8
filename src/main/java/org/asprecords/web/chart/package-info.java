/**
 * What the portal's charts share: a scale from zero with round ticks, the axis it draws,
 * and the shapes of an SVG drawing in the units of its {@code viewBox}. Features build
 * their charts from these in Java; Thymeleaf fragments only write the SVG elements, so
 * that the charts need no JavaScript and every number is tested where it is computed.
 */
package org.asprecords.web.chart;
