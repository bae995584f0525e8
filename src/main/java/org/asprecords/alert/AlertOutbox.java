package org.asprecords.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.asprecords.kind.RecordKind;
import org.asprecords.search.RecentRecords;
import org.asprecords.search.SearchFilters;
import org.asprecords.search.SearchKind;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's work, each step a short transaction that any number of instances may run
 * at once: rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so that two instances
 * never take the same. Making mails: the matches of an alert that is due (at once, or a
 * day or a week after its last mail) become one mail in the transaction that marks them
 * as mailed. Sending: a mail is leased to one instance for {@code portal.alerts.lease},
 * then marked sent, or given back with a later attempt.
 */
@Component
class AlertOutbox {

	/** The most alerts made into mails, or mails claimed, in one transaction. */
	private static final int BATCH = 20;

	private static final String DUE = """
			select s.id, s.address_id, s.target, s.search_text, s.search_kind, s.search_session, s.search_from,
			       s.search_to, s.session_id, s.record_kind, s.record_id, s.frequency, s.language
			from alert_subscription s
			where s.status = 'ACTIVE'
			  and exists (select 1 from alert_match m where m.subscription_id = s.id and m.mail_id is null)
			  and (s.frequency = 'IMMEDIATE'
			       or coalesce(s.last_sent_at, s.confirmed_at) <= now() - case s.frequency when 'DAILY' then interval '1 day'
			                                                                 else interval '7 days' end)
			order by s.id
			limit :batch
			for no key update of s skip locked""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AlertMails mails;

	private final Followables followables;

	private final RecentRecords records;

	private final AlertProperties properties;

	private final MessageSource messages;

	AlertOutbox(JdbcClient jdbc, PlatformTransactionManager transactions, AlertMails mails, Followables followables,
			RecentRecords records, AlertProperties properties, MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setName(AlertOutbox.class.getName());
		this.mails = mails;
		this.followables = followables;
		this.records = records;
		this.properties = properties;
	}

	/**
	 * Makes the mails of the alerts that are due, a batch at a time.
	 */
	void makeMails() {
		int batch;
		do {
			batch = this.transactions.execute((status) -> {
				List<Due> due = this.jdbc.sql(DUE).param("batch", BATCH).query(AlertOutbox::due).list();
				due.forEach(this::makeMail);
				return due.size();
			});
		}
		while (batch == BATCH);
	}

	private void makeMail(Due subscription) {
		List<Match> matches = this.jdbc
			.sql("select id, record_table, record_id, change, changed from alert_match where subscription_id = :id"
					+ " and mail_id is null order by id")
			.param("id", subscription.id())
			.query((rs, n) -> new Match(rs.getLong("id"), rs.getString("record_table"), rs.getLong("record_id"),
					rs.getString("change"), List.of((String[]) rs.getArray("changed").getArray())))
			.list();
		Locale language = Locale.forLanguageTag(subscription.language());
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(language);
		try {
			List<AlertMails.Item> items = new ArrayList<>();
			List<Long> shown = new ArrayList<>();
			// a record saved several times since the last mail is told of once: new if it
			// was new in any of its versions
			Map<SearchKind, Map<Long, List<Match>>> byKind = new LinkedHashMap<>();
			for (Match match : matches) {
				byKind.computeIfAbsent(kindOf(match.table()), (kind) -> new LinkedHashMap<>())
					.computeIfAbsent(match.recordId(), (id) -> new ArrayList<>())
					.add(match);
			}
			byKind.forEach((kind, ofKind) -> {
				Map<Long, RecentRecords.RecentRecord> found = this.records.of(kind, ofKind.keySet());
				ofKind.forEach((id, versions) -> {
					RecentRecords.RecentRecord record = found.get(id);
					if (record != null) {
						boolean isNew = versions.stream().anyMatch((match) -> match.change().equals("NEW"));
						items.add(new AlertMails.Item(record.title(), record.session(), record.path(),
								isNew ? "NEW" : "CORRECTED", isNew ? null : fieldsChanged(versions, language), null));
						versions.forEach((match) -> shown.add(match.id()));
					}
				});
			});
			// what left the public since it matched is not told of
			List<Long> gone = matches.stream().map(Match::id).filter((id) -> !shown.contains(id)).toList();
			if (!gone.isEmpty()) {
				this.jdbc.sql("delete from alert_match where id in (:ids)").param("ids", gone).update();
			}
			if (items.isEmpty()) {
				return;
			}
			SearchFilters filters = new SearchFilters(subscription.searchSession(), subscription.searchFrom(),
					subscription.searchTo(), null);
			long mail = this.mails.alert(subscription.addressId(), subscription.id(), language,
					subscription.frequency(),
					this.followables.name(subscription.target(), subscription.searchText(), subscription.kind(),
							subscription.followedId()),
					this.followables.path(subscription.target(), subscription.searchText(), subscription.kind(),
							filters, subscription.followedId()),
					items);
			this.jdbc.sql("update alert_match set mail_id = :mail where id in (:ids)")
				.param("mail", mail)
				.param("ids", shown)
				.update();
			this.jdbc.sql("update alert_subscription set last_sent_at = now() where id = :id")
				.param("id", subscription.id())
				.update();
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	/**
	 * The fields the versions of a corrected record changed, as the history names them,
	 * or {@code null} when they changed none that has a name (a list of candidates, say).
	 */
	private String fieldsChanged(List<Match> versions, Locale language) {
		Set<String> fields = new LinkedHashSet<>();
		versions.forEach((match) -> fields.addAll(match.changed()));
		List<String> labels = fields.stream()
			.map((field) -> this.messages.getMessage("revision.field." + field, null, null, language))
			.filter(Objects::nonNull)
			.toList();
		return labels.isEmpty() ? null : String.join(", ", labels);
	}

	private static SearchKind kindOf(String table) {
		for (RecordKind kind : RecordKind.values()) {
			if (kind.table().equals(table)) {
				return SearchKind.of(kind).orElseThrow();
			}
		}
		throw new IllegalStateException("No kind of record has the table " + table);
	}

	/**
	 * Leases the mails due to this instance.
	 */
	List<Outgoing> claim() {
		return this.transactions.execute((status) -> this.jdbc
			.sql("""
					update alert_mail m set leased_until = now() + :lease * interval '1 second', attempts = m.attempts + 1
					from alert_address a
					where a.id = m.address_id and m.id in (
					    select d.id from alert_mail d
					    where d.state = 'PENDING' and d.next_attempt_at <= now()
					      and (d.leased_until is null or d.leased_until < now())
					    order by d.next_attempt_at, d.id
					    limit :batch
					    for update skip locked)
					returning m.id, a.email, m.message_id, m.subject, m.text_body, m.html_body, m.unsubscribe_url, m.attempts""")
			.param("lease", this.properties.lease().toSeconds())
			.param("batch", BATCH)
			.query((rs, n) -> new Outgoing(rs.getLong("id"), rs.getString("email"), rs.getString("message_id"),
					rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
					rs.getString("unsubscribe_url"), rs.getInt("attempts")))
			.list());
	}

	/**
	 * The mail server took the mail: it is sent, and its bodies (which hold its token)
	 * are emptied.
	 */
	void sent(long mail) {
		this.jdbc.sql("""
				update alert_mail set state = 'SENT', sent_at = now(), leased_until = null, text_body = null,
				                      html_body = null, unsubscribe_url = null, last_error = null
				where id = :id""").param("id", mail).update();
	}

	/** The mail server refused or could not be reached: another attempt later. */
	void failed(Outgoing mail, String error) {
		this.jdbc.sql("""
				update alert_mail set leased_until = null, last_error = :error,
				                      next_attempt_at = now() + :wait * interval '1 millisecond'
				where id = :id and state = 'PENDING'""")
			.param("id", mail.id())
			.param("error", (error != null && error.length() > 500) ? error.substring(0, 500) : error)
			.param("wait", this.properties.retryAfter(mail.attempts()).toMillis())
			.update();
	}

	/**
	 * Forgets what is not to be kept: alerts never confirmed (a day after their link
	 * expired), addresses left without alerts (a day after their last confirmation, so
	 * that the limit of one a day holds), and throttling's records of an hour ago.
	 */
	void forget() {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc
				.sql("delete from alert_subscription where status = 'PENDING'"
						+ " and created_at < now() - :seconds * interval '1 second' - interval '1 day'")
				.param("seconds", this.properties.confirmationValidity().toSeconds())
				.update();
			this.jdbc.sql("""
					delete from alert_address a
					where not exists (select 1 from alert_subscription s where s.address_id = a.id)
					  and coalesce(a.last_confirmation_at, a.created_at) < now() - interval '1 day'""").update();
			this.jdbc.sql("delete from alert_request where requested_at < now() - interval '1 hour'").update();
		});
	}

	private static Due due(ResultSet rs, int n) throws SQLException {
		Target target = Target.valueOf(rs.getString("target"));
		return new Due(rs.getLong("id"), rs.getLong("address_id"), target, rs.getString("search_text"),
				SubscriptionRows.kind(rs, target), rs.getString("search_session"),
				(Integer) rs.getObject("search_from"), (Integer) rs.getObject("search_to"),
				SubscriptionRows.followed(rs, target), Frequency.valueOf(rs.getString("frequency")),
				rs.getString("language"));
	}

	/**
	 * A mail leased for sending.
	 *
	 * @param id the mail's id
	 * @param to its recipient
	 * @param messageId the Message-ID it was given when made
	 * @param subject its subject
	 * @param text its plain text
	 * @param html its HTML
	 * @param unsubscribe its one-click unsubscribe address
	 * @param attempts how many times it was leased, this time included
	 */
	public record Outgoing(long id, String to, String messageId, String subject, String text, String html,
			String unsubscribe, int attempts) {
	}

	private record Due(long id, long addressId, Target target, String searchText, SearchKind kind, String searchSession,
			Integer searchFrom, Integer searchTo, Long followedId, Frequency frequency, String language) {
	}

	private record Match(long id, String table, long recordId, String change, List<String> changed) {
	}

}
