package org.asprecords.web.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear scale from zero to a round maximum, with a tick at every multiple of a round
 * step (1, 2 or 5 times a power of ten). Bars start at zero, since a bar drawn from
 * another origin exaggerates differences; the maximum is never below the largest value,
 * so every bar fits. Values are whole numbers (euros, votes): the step is never below
 * one.
 *
 * @param max the end of the scale, a multiple of {@code step}
 * @param step the distance between two ticks
 */
public record Scale(long max, long step) {

	public Scale {
		if (step < 1 || max < step || max % step != 0) {
			throw new IllegalArgumentException("not a scale: max " + max + ", step " + step);
		}
	}

	/**
	 * The scale from zero that holds {@code largest} in at most {@code intervals} steps.
	 * @param largest the largest value to show; zero or less gives the scale of one
	 * @param intervals the most intervals between ticks, at least one
	 */
	public static Scale zeroTo(double largest, int intervals) {
		if (intervals < 1) {
			throw new IllegalArgumentException("at least one interval");
		}
		double top = Math.max(largest, 1);
		long step = roundStep(top / intervals);
		return new Scale(step * (long) Math.ceil(top / step), step);
	}

	/**
	 * The smallest of 1, 2, 5, 10, 20, 50... that is at least {@code least}.
	 */
	static long roundStep(double least) {
		long power = 1;
		while (power * 10 <= least) {
			power *= 10;
		}
		for (long multiple : new long[] { 1, 2, 5, 10 }) {
			if (power * multiple >= least) {
				return power * multiple;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	/**
	 * Zero, every step, and the maximum.
	 */
	public List<Long> ticks() {
		List<Long> ticks = new ArrayList<>();
		for (long value = 0; value <= this.max; value += this.step) {
			ticks.add(value);
		}
		return ticks;
	}

	/**
	 * Where a value lies on the scale: 0 at zero, 1 at the maximum.
	 */
	public double fraction(double value) {
		return value / this.max;
	}

}
