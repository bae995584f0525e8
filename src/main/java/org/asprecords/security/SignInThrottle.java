package org.asprecords.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in PostgreSQL, so that every portal instance sees the same
 * counts: after {@value #USERNAME_LIMIT} failures for a username, or
 * {@value #ADDRESS_LIMIT} from a client address, within {@link #WINDOW}, further attempts
 * are refused until the oldest of those failures leaves the window. Failures are counted
 * for any username typed, whether or not such an account exists.
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

	private static final String REFUSES = """
			select (select count(*) from sign_in_failure
			        where username = :username and attempted_at > now() - :seconds * interval '1 second') >= :usernameLimit
			    or (select count(*) from sign_in_failure
			        where client_address = :address and attempted_at > now() - :seconds * interval '1 second') >= :addressLimit""";

	private final JdbcClient jdbc;

	SignInThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether an attempt must be refused without checking its password.
	 */
	boolean refuses(String username, String address) {
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
	 * Records a failed attempt, and forgets the failures that left the window.
	 */
	void recordFailure(String username, String address) {
		this.jdbc.sql("insert into sign_in_failure (username, client_address) values (:username, :address)")
			.param("username", key(username))
			.param("address", key(address))
			.update();
		this.jdbc.sql("delete from sign_in_failure where attempted_at < now() - :seconds * interval '1 second'")
			.param("seconds", WINDOW.toSeconds())
			.update();
	}

	/**
	 * Forgets a username's failures, after it signed in.
	 */
	void forget(String username) {
		this.jdbc.sql("delete from sign_in_failure where username = :username")
			.param("username", key(username))
			.update();
	}

	/**
	 * Usernames are counted as they are stored: lower-case, without surrounding blanks.
	 */
	static String key(String value) {
		String key = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > MAX_STORED_LENGTH) ? key.substring(0, MAX_STORED_LENGTH) : key;
	}

}
