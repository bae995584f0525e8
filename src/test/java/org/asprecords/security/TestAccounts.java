package org.asprecords.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts made by tests, straight in the database, and their removal. Their usernames
 * start with {@value #PREFIX}, so that a test removes all it made (with their failed
 * sign-ins and sessions) and nothing else.
 */
public final class TestAccounts {

	/**
	 * How every test account's username starts.
	 */
	public static final String PREFIX = "test-";

	/**
	 * A password the policy accepts, for test accounts only.
	 */
	public static final String STRONG = "(test only) Maple-Quartz-Hinge-17";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final String adminPassword;

	public TestAccounts(JdbcClient jdbc, PasswordEncoder encoder,
			@Value("${portal.admin-password}") String adminPassword) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.adminPassword = adminPassword;
	}

	/**
	 * The first admin's password, as the tests configure it.
	 */
	public String adminPassword() {
		return this.adminPassword;
	}

	/**
	 * Creates an enabled account with the {@link #STRONG} password.
	 * @return its id
	 */
	public long create(String username, String role) {
		return create(username, role, STRONG, true);
	}

	public long create(String username, String role, String secretText, boolean enabled) {
		return this.jdbc
			.sql("insert into account (username, password_hash, role, enabled) values (?, ?, ?, ?) returning id")
			.params(username, this.encoder.encode(secretText), role, enabled)
			.query(Long.class)
			.single();
	}

	/**
	 * Removes the test accounts, every failed sign-in, and every session (tests' sessions
	 * are all the database has).
	 */
	public void removeAll() {
		this.jdbc.sql("delete from account where username like ?").param(PREFIX + "%").update();
		this.jdbc.sql("delete from sign_in_failure").update();
		this.jdbc.sql("delete from spring_session").update();
	}

	public int count() {
		return this.jdbc.sql("select count(*) from account").query(Integer.class).single();
	}

}
