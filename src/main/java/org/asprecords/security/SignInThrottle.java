package org.asprecords.security;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins in PostgreSQL, so that every portal instance sees the same
 * counts: after {@value #USERNAME_LIMIT} failures for a username, or
 * {@value #ADDRESS_LIMIT} from a client address, within {@link #WINDOW}, further attempts
 * are refused until the oldest of those failures leaves the window. Failures are counted
 * for any username typed, whether or not such an account exists.
 * <p>
 * An attempt is counted as a failure <em>before</em> its password is checked, and
 * forgotten if the password was right. Checking and counting happen in one transaction
 * that holds a PostgreSQL advisory lock on the username and one on the address, so that
 * attempts sent at once, to one instance or several, take their turn: they cannot all see
 * the count below the limit and all have their password checked.
 */
@Component
class SignInThrottle {

	static final int USERNAME_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/**
	 * Longer usernames and addresses are cut, so that a failure stores little whatever is
	 * typed.
	 */
	private static final int MAX_STORED_LENGTH = 100;

	/**
	 * The first key of the advisory locks on usernames and on addresses; the second is
	 * the hash of the username or address. (The portal's other advisory lock, on the
	 * first admin, uses PostgreSQL's other key space, of one bigint.)
	 */
	private static final int USERNAME_LOCKS = 1;

	private static final int ADDRESS_LOCKS = 2;

	private static final String REFUSES = """
			select (select count(*) from sign_in_failure
			        where username = :username and attempted_at > now() - :seconds * interval '1 second') >= :usernameLimit
			    or (select count(*) from sign_in_failure
			        where client_address = :address and attempted_at > now() - :seconds * interval '1 second') >= :addressLimit""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Counts an attempt as a failure, unless it must be refused without checking its
	 * password.
	 * @return the id of the failure counted, to {@link #cancel} or {@link #forget} if the
	 * attempt did not fail; empty when the attempt is refused
	 */
	OptionalLong reserve(String username, String address) {
		OptionalLong reserved = this.transactions.execute((status) -> {
			lock(USERNAME_LOCKS, key(username));
			lock(ADDRESS_LOCKS, key(address));
			if (refuses(username, address)) {
				return OptionalLong.empty();
			}
			return OptionalLong.of(this.jdbc
				.sql("insert into sign_in_failure (username, client_address) values (:username, :address) returning id")
				.param("username", key(username))
				.param("address", key(address))
				.query(Long.class)
				.single());
		});
		this.jdbc.sql("delete from sign_in_failure where attempted_at < now() - :seconds * interval '1 second'")
			.param("seconds", WINDOW.toSeconds())
			.update();
		return reserved;
	}

	/**
	 * Forgets an attempt counted by {@link #reserve} whose password could not be checked
	 * (the accounts could not be read, say): it was not the visitor's failure.
	 */
	void cancel(long failure) {
		this.jdbc.sql("delete from sign_in_failure where id = :id").param("id", failure).update();
	}

	/**
	 * Forgets a username's failures, after it signed in.
	 */
	void forget(String username) {
		this.jdbc.sql("delete from sign_in_failure where username = :username")
			.param("username", key(username))
			.update();
	}

	private void lock(int space, String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(:key))")
			.param("space", space)
			.param("key", key)
			.query()
			.listOfRows();
	}

	private boolean refuses(String username, String address) {
		return this.jdbc.sql(REFUSES)
			.param("username", key(username))
			.param("address", key(address))
			.param("seconds", WINDOW.toSeconds())
			.param("usernameLimit", USERNAME_LIMIT)
			.param("addressLimit", ADDRESS_LIMIT)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Usernames are counted as they are stored: lower-case, without surrounding blanks.
	 */
	static String key(String value) {
		String key = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > MAX_STORED_LENGTH) ? key.substring(0, MAX_STORED_LENGTH) : key;
	}

}
