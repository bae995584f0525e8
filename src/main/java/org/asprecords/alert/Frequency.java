package org.asprecords.alert;

import java.time.Duration;

/**
 * How often an alert is mailed: each batch of matches as it comes, or a digest a day or a
 * week after the last mail.
 */
public enum Frequency {

	IMMEDIATE(Duration.ZERO), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

	private final Duration period;

	Frequency(Duration period) {
		this.period = period;
	}

	/** The least time between two mails of one alert. */
	public Duration period() {
		return this.period;
	}

}
