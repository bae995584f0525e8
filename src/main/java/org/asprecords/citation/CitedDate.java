package org.asprecords.citation;

import java.time.LocalDate;

/**
 * A record's date as precisely as it is recorded: one day, a span of days, or only a
 * month.
 *
 * @param start the day, the first day of the span, or a day of the month
 * @param end the last day of the span, or {@code null} for a single day or a month
 * @param monthOnly whether only the month of {@code start} is known
 */
public record CitedDate(LocalDate start, LocalDate end, boolean monthOnly) {

	/** The day, or {@code null} when no day is recorded. */
	static CitedDate day(LocalDate day) {
		return (day != null) ? new CitedDate(day, null, false) : null;
	}

	/**
	 * From {@code start} to {@code end}, either of which may be missing; {@code null}
	 * when both are.
	 */
	static CitedDate span(LocalDate start, LocalDate end) {
		if (start == null || end == null || start.equals(end)) {
			return day((start != null) ? start : end);
		}
		return new CitedDate(start, end, false);
	}

	static CitedDate month(LocalDate day) {
		return (day != null) ? new CitedDate(day, null, true) : null;
	}

}
