package org.asprecords.security;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Signing in and out through the real form, on sessions kept in PostgreSQL.
 */
@IntegrationTest
class SignInIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	@AfterEach
	void removeTestAccounts() {
		this.accounts.removeAll();
	}

	@Test
	void theFirstAdminSignsInAndLandsOnTheAdminPageInANewSession() {
		Browser browser = new Browser(this.mvc, "198.51.100.1");
		String planted = "5e55102d-0000-4000-8000-000000000001";
		browser.setCookie(Browser.SESSION_COOKIE, Base64.getEncoder().encodeToString(planted.getBytes()));
		assertThat(browser.get("/login")).hasStatusOk();

		MvcTestResult signedIn = browser.signIn("admin", this.accounts.adminPassword());

		assertThat(signedIn).hasStatus(302).hasRedirectedUrl("/admin");
		String after = browser.sessionId();
		assertThat(after).as("a session id chosen by someone else is not taken").isNotNull().isNotEqualTo(planted);
		assertThat(sessionExists(planted)).isFalse();
		assertThat(principalOfSession(after)).isEqualTo("admin");
		var home = Pages.parse(browser.get("/admin"));
		assertThat(home.select("h1").text()).isEqualTo("Admin");
		assertThat(home.select("main").text()).contains("Welcome, admin.");
		assertThat(this.jdbc.sql("select last_sign_in_at is not null from account where username = 'admin'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aForgedHostNeverReachesTheSignInRedirects() {
		Browser browser = new Browser(this.mvc, "198.51.100.11");
		browser.claimHost("evil.example");
		assertThat(browser.get("/admin/users?page=2")).hasStatus(302).hasRedirectedUrl("/login");

		assertThat(browser.signIn("admin", this.accounts.adminPassword())).hasRedirectedUrl("/admin/users?page=2");
	}

	@Test
	void aHandMadeReturnAddressLeadsToTheAdminHomeOnly() {
		Browser browser = new Browser(this.mvc, "198.51.100.12");
		for (String elsewhere : List.of("https://evil.example/x", "http://localhost/sessions/22",
				"http://localhost/admin/\\evil.example", "http://localhost/administrator", "//evil.example/admin")) {
			browser.setCookie("REDIRECT_URI", Base64.getEncoder().encodeToString(elsewhere.getBytes()));
			assertThat(browser.signIn("admin", this.accounts.adminPassword())).as(elsewhere).hasRedirectedUrl("/admin");
			browser.submit("/admin", "/logout", Map.of());
		}
		browser.setCookie("REDIRECT_URI", "not base64 at all");
		assertThat(browser.get("/sessions")).hasStatusOk();
		assertThat(browser.signIn("admin", this.accounts.adminPassword())).hasRedirectedUrl("/admin");
	}

	@Test
	void usernamesAreNotCaseSensitive() {
		Browser browser = new Browser(this.mvc, "198.51.100.2");
		assertThat(browser.signIn("  ADMIN ", this.accounts.adminPassword())).hasRedirectedUrl("/admin");
	}

	@Test
	void aWrongPasswordGoesBackToTheSignInPageWithAGenericMessageAndNoSignedInSession() {
		Browser browser = new Browser(this.mvc, "198.51.100.3");
		MvcTestResult refused = browser.signIn("admin", this.accounts.adminPassword() + "x");

		assertThat(refused).hasStatus(302).hasRedirectedUrl("/login?error");
		assertThat(signedInSessions()).isZero();
		var page = Pages.parse(browser.get("/login?error="));
		assertThat(page.select("[role=alert]").text()).isEqualTo("Wrong username or password.");
		assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("sign-in-problem");
		assertThat(browser.get("/admin")).hasStatus(302).redirectedUrl().endsWith("/login");
	}

	@Test
	void aFailedSignInStoresNoSessionOfItsOwn() {
		MvcTestResult refused = this.mvc.post()
			.uri("/login")
			.param("username", "admin")
			.param("password", "wrong")
			.with(csrf())
			.exchange();
		assertThat(refused).hasRedirectedUrl("/login?error");
		assertThat(refused.getResponse().getCookie(Browser.SESSION_COOKIE)).isNull();
		assertThat(this.jdbc.sql("select count(*) from spring_session").query(Integer.class).single()).isZero();
	}

	@Test
	void anUnknownUsernameAndADisabledAccountReadExactlyLikeAWrongPassword() {
		this.accounts.create(TestAccounts.PREFIX + "disabled", "EDITOR", TestAccounts.STRONG, false);
		Browser browser = new Browser(this.mvc, "198.51.100.4");
		assertThat(browser.signIn("nobody-here", TestAccounts.STRONG)).hasRedirectedUrl("/login?error");
		assertThat(browser.signIn(TestAccounts.PREFIX + "disabled", TestAccounts.STRONG))
			.hasRedirectedUrl("/login?error");
		assertThat(signedInSessions()).isZero();
	}

	@Test
	void aHashOfAnUnknownKindReadsLikeAWrongPassword() {
		long id = this.accounts.create(TestAccounts.PREFIX + "imported", "EDITOR");
		// as an account copied in from a system that hashed with another algorithm
		this.jdbc.sql("update account set password_hash = '{bcrypt}$2a$10$' || repeat('x', 53) where id = ?")
			.param(id)
			.update();
		Browser browser = new Browser(this.mvc, "198.51.100.6");

		assertThat(browser.signIn(TestAccounts.PREFIX + "imported", TestAccounts.STRONG))
			.hasRedirectedUrl("/login?error");
		assertThat(signedInSessions()).isZero();
	}

	@Test
	void noAccountHasAKnownDefaultPassword() {
		Browser browser = new Browser(this.mvc, "198.51.100.5");
		for (String guess : new String[] { "admin", "password", "changeme", "admin123", "" }) {
			assertThat(browser.signIn("admin", guess)).as(guess).hasRedirectedUrl("/login?error");
		}
		assertThat(signedInSessions()).isZero();
		assertThat(this.jdbc.sql("select password_hash from account").query(String.class).list())
			.allSatisfy((hash) -> assertThat(hash).startsWith("{argon2}$argon2id$")
				.satisfies((h) -> assertThat(this.encoder.matches("admin", h)).isFalse())
				.satisfies((h) -> assertThat(this.encoder.matches("password", h)).isFalse()));
	}

	@Test
	void signingOutEndsTheSession() {
		Browser browser = new Browser(this.mvc, "198.51.100.6");
		browser.signIn("admin", this.accounts.adminPassword());
		String signedIn = browser.sessionId();
		assertThat(browser.get("/admin")).hasStatusOk();

		MvcTestResult signedOut = browser.submit("/admin", "/logout", Map.of());

		assertThat(signedOut).hasStatus(302).hasRedirectedUrl("/login?signed-out");
		assertThat(sessionExists(signedIn)).isFalse();
		assertThat(signedOut.getResponse().getCookies()).as("the session's and the form token's cookies are cleared")
			.filteredOn((cookie) -> cookie.getMaxAge() == 0)
			.extracting(Cookie::getName)
			.contains(Browser.SESSION_COOKIE, "XSRF-TOKEN");
		var page = Pages.parse(browser.get("/login?signed-out="));
		assertThat(page.select("[role=status]").text()).isEqualTo("You have signed out.");
		assertThat(browser.get("/admin")).hasStatus(302).redirectedUrl().endsWith("/login");
	}

	@Test
	void aSessionUnusedForHalfAnHourEnds() {
		Browser browser = new Browser(this.mvc, "198.51.100.13");
		browser.signIn("admin", this.accounts.adminPassword());
		age(browser.sessionId(), "last_access_time", Duration.ofMinutes(29));
		assertThat(browser.get("/admin")).hasStatusOk();

		age(browser.sessionId(), "last_access_time", Duration.ofMinutes(31));

		assertThat(browser.get("/admin")).hasStatus(302).hasRedirectedUrl("/login");
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverActive() {
		Browser browser = new Browser(this.mvc, "198.51.100.14");
		browser.signIn("admin", this.accounts.adminPassword());
		String session = browser.sessionId();
		age(session, "creation_time", Duration.ofHours(11).plusMinutes(59));
		assertThat(browser.get("/admin")).hasStatusOk();

		age(session, "creation_time", Duration.ofHours(12).plusMinutes(1));

		assertThat(browser.get("/admin")).hasStatus(302).hasRedirectedUrl("/login");
		assertThat(sessionExists(session)).isFalse();
	}

	@Test
	void signingOutNeedsTheCsrfToken() {
		Browser browser = new Browser(this.mvc, "198.51.100.7");
		browser.signIn("admin", this.accounts.adminPassword());
		String signedIn = browser.sessionId();
		MvcTestResult refused = this.mvc.post()
			.uri("/logout")
			.cookie(new Cookie(Browser.SESSION_COOKIE, Base64.getEncoder().encodeToString(signedIn.getBytes())))
			.exchange();
		assertThat(refused).hasStatus(403);
		assertThat(principalOfSession(signedIn)).isEqualTo("admin");
	}

	@Test
	void theSignInPageHasLabelledFieldsAndACsrfToken() {
		var page = Pages.page(this.mvc, "/login");
		assertThat(page.select("h1").text()).isEqualTo("Sign in");
		assertThat(page.select("label[for=username]").text()).isEqualTo("Username");
		assertThat(page.select("label[for=password]").text()).isEqualTo("Password");
		assertThat(page.select("#password").attr("type")).isEqualTo("password");
		assertThat(page.select("#password").attr("autocomplete")).isEqualTo("current-password");
		assertThat(page.select("form[action=/login] input[type=hidden][name=_csrf]").val()).isNotBlank();
	}

	@Test
	void aSignedInAdminWhoOpensTheSignInPageGoesToTheAdminPage() {
		Browser browser = new Browser(this.mvc, "198.51.100.8");
		browser.signIn("admin", this.accounts.adminPassword());
		assertThat(browser.get("/login")).hasRedirectedUrl("/admin");
	}

	@Test
	void aSignInAfterBeingSentToTheSignInPageReturnsToThePageAsked() {
		Browser browser = new Browser(this.mvc, "198.51.100.9");
		assertThat(browser.get("/admin/users")).hasStatus(302).hasRedirectedUrl("/login");
		assertThat(browser.signIn("admin", this.accounts.adminPassword())).hasRedirectedUrl("/admin/users");
	}

	@Test
	void accountsComeFromTheDatabaseOnly(@Autowired ApplicationContext context) {
		assertThat(context.getBeansOfType(InMemoryUserDetailsManager.class)).isEmpty();
		assertThat(context.getBeansOfType(UserDetailsService.class)).hasSize(1);
	}

	private String principalOfSession(String sessionId) {
		return this.jdbc.sql("select principal_name from spring_session where session_id = ?")
			.param(sessionId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private boolean sessionExists(String sessionId) {
		return this.jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(sessionId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Makes a session's creation or last access {@code ago} in the past.
	 */
	private void age(String sessionId, String column, Duration ago) {
		this.jdbc.sql("update spring_session set " + column + " = :now - :ago where session_id = :id")
			.param("now", System.currentTimeMillis())
			.param("ago", ago.toMillis())
			.param("id", sessionId)
			.update();
	}

	private int signedInSessions() {
		return this.jdbc.sql("select count(*) from spring_session where principal_name is not null")
			.query(Integer.class)
			.single();
	}

}
