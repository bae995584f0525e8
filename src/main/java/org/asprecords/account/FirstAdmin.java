package org.asprecords.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure an admin can sign in: when the portal starts and no enabled ADMIN exists,
 * the account {@code admin} is created (or, if it exists, enabled as an ADMIN) with the
 * password of {@code PORTAL_ADMIN_PASSWORD}, or else with a random password that is
 * logged once. There is never a default password. Instances starting together take a
 * PostgreSQL advisory lock, so only one of them creates the admin.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	static final String USERNAME = "admin";

	static final int GENERATED_LENGTH = 24;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final FirstAdminProperties properties;

	private final AccountRepository repository;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SecureRandom random = new SecureRandom();

	FirstAdmin(FirstAdminProperties properties, AccountRepository repository, PasswordPolicy policy,
			PasswordEncoder passwordEncoder, JdbcClient jdbc, TransactionTemplate transaction) {
		this.properties = properties;
		this.repository = repository;
		this.policy = policy;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ensure();
	}

	/**
	 * Creates the first admin if no enabled admin exists.
	 * @return the generated password when one was generated, else {@code null}
	 * @throws IllegalStateException if {@code PORTAL_ADMIN_PASSWORD} is set to a password
	 * the policy refuses
	 */
	String ensure() {
		if (this.properties.configured()) {
			this.policy.problem(USERNAME, this.properties.adminPassword()).ifPresent((key) -> {
				throw new IllegalStateException("PORTAL_ADMIN_PASSWORD (portal.admin-password) is refused by the "
						+ "password policy (" + key + "): use 12 to 128 characters, not the username, and not a "
						+ "common or easily guessed password, for instance four or five random words");
			});
		}
		Created created = this.transaction.execute((status) -> createIfMissing());
		if (created == null) {
			return null;
		}
		if (created.generatedPassword() == null) {
			logger.info("No enabled admin account existed: the account '{}' can now sign in at /login with the "
					+ "password given by PORTAL_ADMIN_PASSWORD", USERNAME);
		}
		else {
			logger.warn("""
					No enabled admin account existed and PORTAL_ADMIN_PASSWORD is not set, so the account '{}' \
					was given this generated password, shown here once only: {}
					Sign in at /login now and choose your own password under Users. \
					(Set PORTAL_ADMIN_PASSWORD before the first start to choose it yourself.)""", USERNAME,
					created.generatedPassword());
		}
		return created.generatedPassword();
	}

	private Created createIfMissing() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('asp-records.first-admin'))").query().listOfRows();
		if (this.repository.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			return null;
		}
		String chosen = this.properties.configured() ? this.properties.adminPassword() : generate();
		String hash = this.passwordEncoder.encode(chosen);
		Account admin = this.repository.findByUsername(USERNAME).orElse(null);
		if (admin == null) {
			this.repository.save(new Account(USERNAME, hash, Role.ADMIN));
		}
		else {
			admin.changePasswordHash(hash);
			admin.setRole(Role.ADMIN);
			admin.setEnabled(true);
		}
		return new Created(this.properties.configured() ? null : chosen);
	}

	private String generate() {
		while (true) {
			StringBuilder chosen = new StringBuilder(GENERATED_LENGTH);
			for (int i = 0; i < GENERATED_LENGTH; i++) {
				chosen.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
			// 24 random characters out of 57 always pass; checked all the same
			if (this.policy.problem(USERNAME, chosen.toString()).isEmpty()) {
				return chosen.toString();
			}
		}
	}

	/**
	 * The admin was created or restored.
	 *
	 * @param generatedPassword its generated password, or {@code null} when it has the
	 * configured one
	 */
	private record Created(String generatedPassword) {

	}

}
