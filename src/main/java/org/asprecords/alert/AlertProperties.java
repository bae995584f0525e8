package org.asprecords.alert;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of alerts by email ({@code portal.alerts.*}). The mail server is Spring
 * Boot's ({@code spring.mail.host} and the rest); without one, mail waits in the outbox.
 *
 * @param from the sender of the mails ({@code PORTAL_ALERTS_FROM})
 * @param sendEvery how often this instance makes and sends the mails that are due; zero
 * for never on its own (the tests run it when they choose)
 * @param confirmationValidity how long a confirmation link works
 * @param lease how long an instance may take to send one mail before another may try it:
 * longer than the mail server's timeouts
 * @param firstRetry the wait after a first failed attempt, doubled after each failure
 * @param lastRetry the longest wait between two attempts
 * @param requestsPerAddress the most requests to follow something for one address in an
 * hour
 * @param requestsPerClient the most requests from one client address in an hour
 */
@Validated
@ConfigurationProperties("portal.alerts")
public record AlertProperties(@NotBlank @DefaultValue("ASP Records <alerts@localhost>") String from,
		@NotNull @DefaultValue("30s") Duration sendEvery, @NotNull @DefaultValue("48h") Duration confirmationValidity,
		@NotNull @DefaultValue("5m") Duration lease, @NotNull @DefaultValue("1m") Duration firstRetry,
		@NotNull @DefaultValue("6h") Duration lastRetry, @Min(1) @DefaultValue("5") int requestsPerAddress,
		@Min(1) @DefaultValue("20") int requestsPerClient) {

	/** The wait before the next attempt after this many failed ones (1 or more). */
	Duration retryAfter(int failures) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
		return (wait.compareTo(this.lastRetry) > 0) ? this.lastRetry : wait;
	}

}
