package org.asprecords.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.asprecords.search.SearchScope;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following something, confirming, unsubscribing. Asking to follow answers the same
 * whatever the address (new, pending, confirmed, throttled), so that nobody learns
 * whether an address follows anything; only a confirmation link makes an alert send. An
 * address is kept only while it has alerts: removing the last one deletes it, with its
 * mails and matches.
 */
@Service
@Transactional
class Subscriptions {

	/** The same alert: one row per address and thing followed. */
	private static final String SAME = """
			select id, status from alert_subscription
			where address_id = :address and target = :target
			  and search_words is not distinct from :words and search_kind is not distinct from :searchKind
			  and search_session is not distinct from :searchSession and search_from is not distinct from :from
			  and search_to is not distinct from :to and session_id is not distinct from :session
			  and record_kind is not distinct from :recordKind and record_id is not distinct from :record""";

	private final JdbcClient jdbc;

	private final SubscribeThrottle throttle;

	private final AlertMails mails;

	private final Followables followables;

	Subscriptions(JdbcClient jdbc, SubscribeThrottle throttle, AlertMails mails, Followables followables) {
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.mails = mails;
		this.followables = followables;
	}

	/**
	 * Asks to follow something: a pending alert, and a confirmation mail unless the
	 * address is pending and got one in the last day, or asking is throttled.
	 */
	void follow(Followed followed, String email, Frequency frequency, Locale language, String client) {
		String address = normalised(email);
		if (!this.throttle.allows(address, client)) {
			return;
		}
		long addressId = this.jdbc.sql("""
				insert into alert_address (email) values (:email)
				on conflict on constraint alert_address_email_uk do update set email = excluded.email
				returning id""").param("email", address).query(Long.class).single();
		Columns columns = Columns.of(followed);
		Optional<Existing> existing = this.jdbc.sql(SAME)
			.param("address", addressId)
			.param("target", followed.target().name())
			.param("words", columns.words())
			.param("searchKind", columns.searchKind())
			.param("searchSession", columns.searchSession())
			.param("from", columns.from())
			.param("to", columns.to())
			.param("session", columns.session())
			.param("recordKind", columns.recordKind())
			.param("record", columns.record())
			.query((rs, n) -> new Existing(rs.getLong("id"), rs.getString("status")))
			.optional();
		if (existing.isPresent() && existing.get().status().equals("ACTIVE")) {
			return;
		}
		long subscription = existing.map(Existing::id)
			.orElseGet(() -> insert(addressId, followed, columns, frequency, language));
		boolean pendingAddress = !this.jdbc
			.sql("select exists (select 1 from alert_subscription where address_id = :address and status = 'ACTIVE')")
			.param("address", addressId)
			.query(Boolean.class)
			.single();
		boolean confirmedToday = this.jdbc.sql(
				"select coalesce(last_confirmation_at > now() - interval '1 day', false) from alert_address where id = :id")
			.param("id", addressId)
			.query(Boolean.class)
			.single();
		if (pendingAddress && confirmedToday) {
			return;
		}
		this.jdbc.sql("update alert_address set last_confirmation_at = now() where id = :id")
			.param("id", addressId)
			.update();
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(language);
		try {
			this.mails.confirmation(addressId, subscription, language,
					this.followables.name(followed.target(), followed.text(), followed.kind(), followed.id()),
					this.followables.path(followed.target(), followed.text(), followed.kind(), followed.filters(),
							followed.id()));
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	private long insert(long address, Followed followed, Columns columns, Frequency frequency, Locale language) {
		SearchScope scope = (followed.query() != null) ? followed.query().scope() : SearchScope.EVERY_SESSION;
		return this.jdbc
			.sql("""
					insert into alert_subscription (address_id, target, search_text, search_words, search_kind, search_named,
					    search_years, search_session, search_session_id, search_from, search_to, session_id, record_kind,
					    record_id, frequency, language, status)
					values (:address, :target, :text, :words, :searchKind, :named, :years, :searchSession, :searchSessionId,
					    :from, :to, :session, :recordKind, :record, :frequency, :language, 'PENDING')
					returning id""")
			.param("address", address)
			.param("target", followed.target().name())
			.param("text", followed.text())
			.param("words", columns.words())
			.param("searchKind", columns.searchKind())
			.param("named", scope.named().toArray(Long[]::new), Types.ARRAY)
			.param("years", scope.namedYears().toArray(Integer[]::new), Types.ARRAY)
			.param("searchSession", columns.searchSession())
			.param("searchSessionId", scope.session())
			.param("from", columns.from())
			.param("to", columns.to())
			.param("session", columns.session())
			.param("recordKind", columns.recordKind())
			.param("record", columns.record())
			.param("frequency", frequency.name())
			.param("language", language.getLanguage())
			.query(Long.class)
			.single();
	}

	/**
	 * Confirms the alert of a confirmation link, once, while the link is valid.
	 */
	Confirmation confirm(String token, Duration validity) {
		Optional<Link> link = this.jdbc.sql("""
				select m.id, m.subscription_id, m.used_at is not null used,
				       m.created_at < now() - :seconds * interval '1 second' expired
				from alert_mail m
				where m.token_hash = :hash and m.purpose = 'CONFIRMATION' and m.subscription_id is not null
				for update""")
			.param("hash", Tokens.hash(token))
			.param("seconds", validity.toSeconds())
			.query((rs, n) -> new Link(rs.getLong("id"), rs.getLong("subscription_id"), rs.getBoolean("used"),
					rs.getBoolean("expired")))
			.optional();
		if (link.isEmpty() || link.get().used()) {
			return Confirmation.INVALID;
		}
		if (link.get().expired()) {
			return Confirmation.EXPIRED;
		}
		this.jdbc.sql("update alert_mail set used_at = now() where id = :id").param("id", link.get().mail()).update();
		this.jdbc.sql("""
				update alert_subscription set status = 'ACTIVE', confirmed_at = now()
				where id = :id and status = 'PENDING'""").param("id", link.get().subscription()).update();
		return Confirmation.CONFIRMED;
	}

	/**
	 * Whether a mail's link may confirm: it exists, unused and unexpired.
	 */
	@Transactional(readOnly = true)
	boolean confirmable(String token, Duration validity) {
		return this.jdbc.sql("""
				select exists (select 1 from alert_mail m join alert_subscription s on s.id = m.subscription_id
				               where m.token_hash = :hash and m.purpose = 'CONFIRMATION' and m.used_at is null
				                 and m.created_at >= now() - :seconds * interval '1 second')""")
			.param("hash", Tokens.hash(token))
			.param("seconds", validity.toSeconds())
			.query(Boolean.class)
			.single();
	}

	/** The alert a mail's unsubscribe link ends, if it still exists. */
	@Transactional(readOnly = true)
	Optional<Alert> ofMail(String token) {
		return this.jdbc.sql("""
				select s.id, s.target, s.search_text, s.search_kind, s.session_id, s.record_kind, s.record_id,
				       s.frequency, s.status
				from alert_mail m join alert_subscription s on s.id = m.subscription_id
				where m.token_hash = :hash""").param("hash", Tokens.hash(token)).query((rs, n) -> alert(rs)).optional();
	}

	/**
	 * Ends the alert of a mail's unsubscribe link, and forgets the address with its last
	 * alert.
	 */
	void unsubscribe(String token) {
		this.jdbc.sql("""
				select m.address_id, m.subscription_id from alert_mail m where m.token_hash = :hash
				  and m.subscription_id is not null""")
			.param("hash", Tokens.hash(token))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.ifPresent((ids) -> remove(ids[0], ids[1]));
	}

	/** The alerts of the address a mail was sent to, with their names. */
	@Transactional(readOnly = true)
	Optional<List<Alert>> ofAddress(String token) {
		return addressOf(token).map((address) -> this.jdbc.sql("""
				select s.id, s.target, s.search_text, s.search_kind, s.session_id, s.record_kind, s.record_id,
				       s.frequency, s.status
				from alert_subscription s where s.address_id = :address order by s.created_at, s.id""")
			.param("address", address)
			.query((rs, n) -> alert(rs))
			.list());
	}

	/** Ends one alert of the address a mail was sent to. */
	void remove(String token, long subscription) {
		addressOf(token).ifPresent((address) -> remove(address, subscription));
	}

	private Optional<Long> addressOf(String token) {
		return this.jdbc.sql("select address_id from alert_mail where token_hash = :hash")
			.param("hash", Tokens.hash(token))
			.query(Long.class)
			.optional();
	}

	private void remove(long address, long subscription) {
		// its mails not sent yet go with it; those sent keep their links to the others
		this.jdbc.sql("delete from alert_mail where subscription_id = :id and state = 'PENDING'")
			.param("id", subscription)
			.update();
		this.jdbc.sql("delete from alert_subscription where id = :id and address_id = :address")
			.param("id", subscription)
			.param("address", address)
			.update();
		this.jdbc.sql("""
				delete from alert_address a where a.id = :address
				  and not exists (select 1 from alert_subscription s where s.address_id = a.id)""")
			.param("address", address)
			.update();
	}

	private Alert alert(ResultSet rs) throws SQLException {
		Target target = Target.valueOf(rs.getString("target"));
		return new Alert(rs.getLong("id"),
				this.followables.name(target, rs.getString("search_text"), SubscriptionRows.kind(rs, target),
						SubscriptionRows.followed(rs, target)),
				Frequency.valueOf(rs.getString("frequency")), rs.getString("status").equals("ACTIVE"));
	}

	static String normalised(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * What a confirmation link did.
	 */
	public enum Confirmation {

		CONFIRMED, EXPIRED, INVALID

	}

	/**
	 * An alert as its subscriber sees it.
	 *
	 * @param id its id
	 * @param name what it follows, in words
	 * @param frequency how often it is mailed
	 * @param active whether it was confirmed
	 */
	public record Alert(long id, String name, Frequency frequency, boolean active) {
	}

	private record Existing(long id, String status) {
	}

	private record Link(long mail, long subscription, boolean used, boolean expired) {
	}

	/** What identifies a followed thing among an address's alerts. */
	private record Columns(String words, String searchKind, String searchSession, Integer from, Integer to,
			Long session, String recordKind, Long record) {

		static Columns of(Followed followed) {
			String kind = (followed.kind() != null) ? followed.kind().name() : null;
			return switch (followed.target()) {
				case SEARCH -> new Columns(followed.query().words(), kind, followed.filters().session(),
						followed.filters().from(), followed.filters().to(), null, null, null);
				case SESSION -> new Columns(null, null, null, null, null, followed.id(), null, null);
				case KIND -> new Columns(null, null, null, null, null, null, kind, null);
				case STATE, PERSON, ORGANIZATION ->
					new Columns(null, null, null, null, null, null, null, followed.id());
				case RECORD -> new Columns(null, null, null, null, null, null, kind, followed.id());
			};
		}

	}

}
