package org.asprecords.security;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated failed sign-ins for a username, or from an address, are refused for a while
 * without their password being checked, on every instance (the counts are in PostgreSQL),
 * and without saying whether the account exists.
 */
@IntegrationTest
class SignInThrottleIT {

	private static final String USER = TestAccounts.PREFIX + "throttled";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts.removeAll();
		this.accounts.create(USER, "EDITOR");
	}

	@AfterEach
	void cleanUp() {
		this.accounts.removeAll();
	}

	@Test
	void afterFiveFailuresForAUsernameEvenTheRightPasswordIsRefusedFromAnyAddress() {
		Browser guesser = new Browser(this.mvc, "203.0.113.10");
		for (int i = 0; i < SignInThrottle.USERNAME_LIMIT; i++) {
			assertThat(guesser.signIn(USER, "wrong guess " + i)).hasRedirectedUrl("/login?error");
		}
		assertThat(guesser.signIn(USER, TestAccounts.STRONG)).hasRedirectedUrl("/login?throttled");
		Browser owner = new Browser(this.mvc, "192.0.2.77");
		assertThat(owner.signIn(USER, TestAccounts.STRONG)).hasRedirectedUrl("/login?throttled");
		assertThat(signedInSessions()).isZero();
		var page = Pages.parse(owner.get("/login?throttled="));
		assertThat(page.select("[role=alert]").text())
			.isEqualTo("Too many failed attempts; try again in a few minutes.");
	}

	@Test
	void aThrottledAttemptIsNotCountedAndItsPasswordNotChecked() {
		Browser guesser = new Browser(this.mvc, "203.0.113.11");
		for (int i = 0; i < SignInThrottle.USERNAME_LIMIT + 3; i++) {
			guesser.signIn(USER, "wrong guess " + i);
		}
		assertThat(failures("username = ?", USER)).isEqualTo(SignInThrottle.USERNAME_LIMIT);
	}

	@Test
	void anUnknownUsernameIsThrottledExactlyLikeAnExistingOne() {
		Browser guesser = new Browser(this.mvc, "203.0.113.12");
		for (int i = 0; i < SignInThrottle.USERNAME_LIMIT; i++) {
			guesser.signIn("no-such-user", "wrong guess " + i);
		}
		assertThat(guesser.signIn("no-such-user", "another guess")).hasRedirectedUrl("/login?throttled");
		assertThat(guesser.signIn("NO-SUCH-USER", "another guess")).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void afterTwentyFailuresFromAnAddressEveryUsernameIsRefusedFromIt() {
		Browser guesser = new Browser(this.mvc, "203.0.113.13");
		for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
			assertThat(guesser.signIn("guess-" + i, "wrong guess")).hasRedirectedUrl("/login?error");
		}
		assertThat(guesser.signIn("admin", this.accounts.adminPassword())).hasRedirectedUrl("/login?throttled");
		assertThat(guesser.signIn(USER, TestAccounts.STRONG)).hasRedirectedUrl("/login?throttled");
		Browser elsewhere = new Browser(this.mvc, "192.0.2.78");
		assertThat(elsewhere.signIn(USER, TestAccounts.STRONG)).hasRedirectedUrl("/admin");
	}

	@Test
	void signingInClearsTheUsernamesFailuresOnly() {
		Browser owner = new Browser(this.mvc, "203.0.113.14");
		owner.signIn("someone-else", "wrong guess");
		for (int i = 0; i < SignInThrottle.USERNAME_LIMIT - 1; i++) {
			owner.signIn(USER, "wrong guess " + i);
		}
		assertThat(owner.signIn(USER, TestAccounts.STRONG)).hasRedirectedUrl("/admin");
		assertThat(failures("username = ?", USER)).isZero();
		assertThat(failures("client_address = ?", "203.0.113.14")).isOne();
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		Browser guesser = new Browser(this.mvc, "203.0.113.15");
		for (int i = 0; i < SignInThrottle.USERNAME_LIMIT; i++) {
			guesser.signIn(USER, "wrong guess " + i);
		}
		assertThat(guesser.signIn(USER, TestAccounts.STRONG)).hasRedirectedUrl("/login?throttled");
		this.jdbc.sql("update sign_in_failure set attempted_at = attempted_at - interval '16 minutes'").update();
		assertThat(guesser.signIn(USER, TestAccounts.STRONG)).hasRedirectedUrl("/admin");
	}

	@Test
	void theThrottleCountsUsernamesAsTheyAreStored() {
		assertThat(SignInThrottle.key("  Admin ")).isEqualTo("admin");
		assertThat(SignInThrottle.key(null)).isEmpty();
		assertThat(SignInThrottle.key("x".repeat(500))).hasSize(100);
	}

	private int failures(String condition, String value) {
		return this.jdbc.sql("select count(*) from sign_in_failure where " + condition)
			.param(value)
			.query(Integer.class)
			.single();
	}

	private int signedInSessions() {
		return this.jdbc.sql("select count(*) from spring_session where principal_name is not null")
			.query(Integer.class)
			.single();
	}

}
