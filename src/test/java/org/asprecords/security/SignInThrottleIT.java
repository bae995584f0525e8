package org.asprecords.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated failed sign-ins for a username, or from an address, are refused for a while
 * without their password being checked, on every instance (the counts are in PostgreSQL),
 * and without saying whether the account exists; attempts sent at once get no more
 * password checks than attempts sent one after the other.
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

	/** How many passwords the instances below have checked. */
	private final AtomicInteger checks = new AtomicInteger();

	/** Two portal instances' sign-in checks, on the one database. */
	private List<AuthenticationProvider> instances;

	@BeforeEach
	void setUp(@Autowired UserDetailsService accountDetails, @Autowired PasswordEncoder encoder,
			@Autowired PlatformTransactionManager transactions) {
		this.accounts.removeAll();
		this.accounts.create(USER, "EDITOR");
		PasswordEncoder counting = new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				return encoder.encode(rawPassword);
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				SignInThrottleIT.this.checks.incrementAndGet();
				return encoder.matches(rawPassword, encodedPassword);
			}

		};
		this.instances = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accountDetails);
			passwords.setPasswordEncoder(counting);
			this.instances
				.add(new ThrottledAuthenticationProvider(passwords, new SignInThrottle(this.jdbc, transactions)));
		}
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
	void thirtyWrongPasswordsAtOnceOnTwoInstancesHaveFivePasswordsCheckedAndTheRestRefused() throws Exception {
		List<String> outcomes = atOnce(30, (i) -> attempt(USER, "wrong guess " + i, "203.0.113." + (100 + i)));

		assertThat(this.checks).hasValue(SignInThrottle.USERNAME_LIMIT);
		assertThat(outcomes).filteredOn("wrong"::equals).hasSize(SignInThrottle.USERNAME_LIMIT);
		assertThat(outcomes).filteredOn("throttled"::equals).hasSize(30 - SignInThrottle.USERNAME_LIMIT);
		assertThat(failures("username = ?", USER)).isEqualTo(SignInThrottle.USERNAME_LIMIT);
		assertThat(outcome(() -> this.instances.get(0).authenticate(attempt(USER, TestAccounts.STRONG, "192.0.2.80"))))
			.isEqualTo("throttled");
		assertThat(this.checks).hasValue(SignInThrottle.USERNAME_LIMIT);
	}

	@Test
	void thirtyGuessesAtOnceFromOneAddressHaveTwentyPasswordsChecked() throws Exception {
		List<String> outcomes = atOnce(30, (i) -> attempt("guess-" + i, "wrong guess", "203.0.113.16"));

		assertThat(this.checks).hasValue(SignInThrottle.ADDRESS_LIMIT);
		assertThat(outcomes).filteredOn("throttled"::equals).hasSize(30 - SignInThrottle.ADDRESS_LIMIT);
	}

	@Test
	void theThrottleCountsUsernamesAsTheyAreStored() {
		assertThat(SignInThrottle.key("  Admin ")).isEqualTo("admin");
		assertThat(SignInThrottle.key(null)).isEmpty();
		assertThat(SignInThrottle.key("x".repeat(500))).hasSize(100);
	}

	/**
	 * Sends these sign-in attempts all at once, each from its own thread, alternately to
	 * two portal instances sharing the database, and tells how each ended: "signed in",
	 * "wrong" (its password was checked) or "throttled" (it was refused unchecked).
	 */
	private List<String> atOnce(int attempts, IntFunction<Authentication> attempt) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(attempts);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				AuthenticationProvider instance = this.instances.get(i % this.instances.size());
				Authentication sent = attempt.apply(i);
				outcomes.add(threads.submit(() -> {
					start.await();
					return outcome(() -> instance.authenticate(sent));
				}));
			}
			start.countDown();
			List<String> ended = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				ended.add(outcome.get(2, TimeUnit.MINUTES));
			}
			return ended;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String outcome(Supplier<Authentication> attempt) {
		try {
			return (attempt.get() != null) ? "signed in" : "not checked";
		}
		catch (SignInThrottledException ex) {
			return "throttled";
		}
		catch (BadCredentialsException ex) {
			return "wrong";
		}
	}

	private static Authentication attempt(String username, String password, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		return attempt;
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
