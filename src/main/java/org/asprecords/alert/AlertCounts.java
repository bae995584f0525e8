package org.asprecords.alert;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin area's view of the alerts: how many addresses, alerts by what they follow and
 * state, and mails; and the mails waiting, with no recipient and no token.
 */
@Service
@Transactional(readOnly = true)
class AlertCounts {

	/** How many waiting mails the page shows: the oldest. */
	static final int SHOWN = 50;

	/** A token in a link of a mail, which opens its subscriber's alerts. */
	private static final Pattern TOKEN = Pattern.compile("(/alerts/(?:confirm|unsubscribe|manage)/)[A-Za-z0-9_-]+");

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailServer;

	AlertCounts(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailServer) {
		this.jdbc = jdbc;
		this.mailServer = mailServer;
	}

	Counts now() {
		long addresses = this.jdbc.sql("select count(*) from alert_address").query(Long.class).single();
		List<ByTarget> alerts = this.jdbc.sql("""
				select target, count(*) filter (where status = 'ACTIVE') active,
				       count(*) filter (where status = 'PENDING') pending
				from alert_subscription group by target order by target""")
			.query((rs, n) -> new ByTarget(Target.valueOf(rs.getString("target")), rs.getLong("active"),
					rs.getLong("pending")))
			.list();
		return this.jdbc.sql("""
				select (select count(*) from alert_mail where state = 'PENDING') waiting,
				       (select count(*) from alert_mail where state = 'SENT') sent,
				       (select count(*) from alert_match where mail_id is null) matches""")
			.query((rs, n) -> new Counts(addresses, alerts, rs.getLong("waiting"), rs.getLong("sent"),
					rs.getLong("matches"), this.mailServer.getIfAvailable() != null))
			.single();
	}

	/**
	 * The oldest mails waiting, without recipients.
	 * @param withLinks whether their links keep their tokens (else hidden)
	 */
	List<Waiting> waiting(boolean withLinks) {
		return this.jdbc.sql("""
				select purpose, subject, text_body, attempts, last_error, created_at, next_attempt_at
				from alert_mail where state = 'PENDING' order by created_at, id limit :shown""")
			.param("shown", SHOWN)
			.query((rs, n) -> new Waiting(rs.getString("purpose"), rs.getString("subject"),
					withLinks ? rs.getString("text_body") : hidden(rs.getString("text_body")), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("next_attempt_at").toInstant()))
			.list();
	}

	static String hidden(String body) {
		return (body != null) ? TOKEN.matcher(body).replaceAll("$1…") : null;
	}

	/**
	 * @param addresses how many addresses have alerts (confirmed or not)
	 * @param alerts the alerts by what they follow
	 * @param waiting the mails not sent yet
	 * @param sent the mails sent
	 * @param matches the records matched but not yet in a mail (digests wait for their
	 * day)
	 * @param mailServer whether a mail server is configured
	 */
	public record Counts(long addresses, List<ByTarget> alerts, long waiting, long sent, long matches,
			boolean mailServer) {
	}

	/**
	 * @param target what the alerts follow
	 * @param active how many are confirmed
	 * @param pending how many wait for their confirmation
	 */
	public record ByTarget(Target target, long active, long pending) {
	}

	/**
	 * A mail waiting to be sent, as editors see it.
	 *
	 * @param purpose CONFIRMATION or ALERT
	 * @param subject its subject
	 * @param text its plain text, tokens hidden
	 * @param attempts how many times sending was tried
	 * @param lastError why the last attempt failed, or null
	 * @param createdAt when it was made
	 * @param nextAttemptAt when it is tried next
	 */
	public record Waiting(String purpose, String subject, String text, int attempts, String lastError,
			Instant createdAt, Instant nextAttemptAt) {
	}

}
