package org.asprecords.account;

import java.util.Map;

import org.asprecords.security.TestAccounts;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The password policy on the user forms: each refused password is answered next to its
 * field, tied to it by aria-describedby, never echoed back, and nothing is stored.
 */
@IntegrationTest
class PasswordPolicyIT {

	private static final String NEW_USER = TestAccounts.PREFIX + "policy";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestAccounts accounts;

	long existing;

	@BeforeEach
	void setUp() {
		this.accounts.removeAll();
		this.existing = this.accounts.create(TestAccounts.PREFIX + "quixotic.zebra77", "EDITOR");
	}

	@AfterEach
	void cleanUp() {
		this.accounts.removeAll();
	}

	@Test
	void aNewUsersPasswordMustFollowThePolicy() {
		assertRefused(NEW_USER, "Xq7#mZ2!pL9", "Use at least 12 characters.");
		assertRefused(NEW_USER, "Orbit-Plum-Violin-42!".repeat(7).substring(0, 129), "Use at most 128 characters.");
		String common = "This password is too common or too easy to guess. Four or five random words make a strong one.";
		assertRefused(NEW_USER, "password1234", common);
		assertRefused(NEW_USER, "qwertyuiop12", common);
		assertRefused("test-Wandering.Pelican-88", "TEST-wandering.pelican-88",
				"The password must not be the username.");
	}

	@Test
	void oneHundredTwentyEightCharactersAreAccepted() {
		String longest = "Orbit-Plum-Violin-42!".repeat(7).substring(0, 128);
		MvcTestResult created = create(NEW_USER, longest, longest).exchange();
		assertThat(created).hasRedirectedUrl("/admin/users");
		String hash = this.jdbc.sql("select password_hash from account where username = ?")
			.param(NEW_USER)
			.query(String.class)
			.single();
		assertThat(this.encoder.matches(longest, hash)).isTrue();
		assertThat(this.encoder.matches(longest.substring(0, 72), hash)).as("no truncation").isFalse();
	}

	@Test
	void theConfirmationMustMatch() {
		int before = this.accounts.count();
		MvcTestResult result = create(NEW_USER, TestAccounts.STRONG, TestAccounts.STRONG + "?").exchange();
		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.select("#confirmation-error").text()).isEqualTo("The two passwords differ.");
		assertThat(page.select("#confirmation").attr("aria-describedby")).contains("confirmation-error");
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@Test
	void aNewPasswordMustFollowThePolicyToo() {
		String hash = existingHash();
		String common = "This password is too common or too easy to guess. Four or five random words make a strong one.";
		for (Map.Entry<String, String> refused : Map
			.of("short-one-1", "Use at least 12 characters.", "password1234", common, "Test-Quixotic.Zebra77",
					"The password must not be the username.")
			.entrySet()) {
			MvcTestResult result = post("/admin/users/" + this.existing + "/password",
					Map.of("password", refused.getKey(), "confirmation", refused.getKey()))
				.exchange();
			assertThat(result).as(refused.getKey()).hasStatusOk();
			Document page = Pages.parse(result);
			assertThat(page.select("#password-error").text()).as(refused.getKey()).isEqualTo(refused.getValue());
			assertThat(page.html()).doesNotContain(refused.getKey());
		}
		assertThat(existingHash()).isEqualTo(hash);
	}

	private void assertRefused(String username, String candidate, String message) {
		int before = this.accounts.count();
		MvcTestResult result = create(username, candidate, candidate).exchange();
		assertThat(result).as(candidate).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.select("#password-error").text()).as(candidate).isEqualTo(message);
		assertThat(page.select("#password").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#password").attr("aria-describedby")).contains("password-error");
		assertThat(page.select("#password").val()).as("never echoed").isEmpty();
		assertThat(page.html()).doesNotContain(candidate);
		assertThat(this.accounts.count()).as(candidate).isEqualTo(before);
	}

	private MockMvcRequestBuilder create(String username, String candidate, String confirmation) {
		return post("/admin/users",
				Map.of("username", username, "role", "EDITOR", "password", candidate, "confirmation", confirmation));
	}

	private MockMvcRequestBuilder post(String uri, Map<String, String> fields) {
		MockMvcRequestBuilder post = this.mvc.post()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.with(user("admin").roles("ADMIN"))
			.with(csrf());
		fields.forEach(post::param);
		return post;
	}

	private String existingHash() {
		return this.jdbc.sql("select password_hash from account where id = ?")
			.param(this.existing)
			.query(String.class)
			.single();
	}

}
