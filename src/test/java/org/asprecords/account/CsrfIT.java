package org.asprecords.account;

import java.util.List;
import java.util.Map;

import org.asprecords.security.TestAccounts;
import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every form post needs the CSRF token of its page: without it, or with a wrong one, it
 * is refused (403) and stores nothing, even from a signed-in ADMIN: no account change, no
 * failed sign-in, no signed-in session. (The token is kept in a cookie, not a session:
 * SignInIT checks that visitors get none.)
 */
@IntegrationTest
class CsrfIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	long target;

	@BeforeEach
	void setUp() {
		this.accounts.removeAll();
		this.target = this.accounts.create(TestAccounts.PREFIX + "target", "EDITOR");
	}

	@AfterEach
	void cleanUp() {
		this.accounts.removeAll();
	}

	@Test
	void adminFormsWithoutATokenAreRefusedAndStoreNothing() {
		Snapshot before = snapshot();
		for (MockMvcRequestBuilder post : adminPosts()) {
			assertThat(post.exchange()).hasStatus(403);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void adminFormsWithAWrongTokenAreRefusedAndStoreNothing() {
		Snapshot before = snapshot();
		for (MockMvcRequestBuilder post : adminPosts()) {
			assertThat(post.with(csrf().useInvalidToken()).exchange()).hasStatus(403);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void signingInWithoutOrWithAWrongTokenIsRefusedAndStoresNothing() {
		Snapshot before = snapshot();
		assertThat(signIn()).hasStatus(403);
		assertThat(signIn().with(csrf().useInvalidToken())).hasStatus(403);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void signingOutWithoutOrWithAWrongTokenIsRefused() {
		RequestPostProcessor admin = user("admin").roles("ADMIN");
		assertThat(this.mvc.post().uri("/logout").with(admin)).hasStatus(403);
		assertThat(this.mvc.post().uri("/logout").with(admin).with(csrf().useInvalidToken())).hasStatus(403);
	}

	private MockMvcRequestBuilder signIn() {
		return this.mvc.post()
			.uri("/login")
			.param("username", "admin")
			.param("password", this.accounts.adminPassword())
			.accept(MediaType.TEXT_HTML);
	}

	private List<MockMvcRequestBuilder> adminPosts() {
		RequestPostProcessor admin = user("admin").roles("ADMIN");
		String strong = TestAccounts.STRONG;
		return List.of(
				post("/admin/users",
						Map.of("username", TestAccounts.PREFIX + "new", "role", "EDITOR", "password", strong,
								"confirmation", strong))
					.with(admin),
				post("/admin/users/" + this.target, Map.of("role", "ADMIN", "enabled", "true", "version", "0"))
					.with(admin),
				post("/admin/users/" + this.target + "/password",
						Map.of("password", strong + "!", "confirmation", strong + "!"))
					.with(admin));
	}

	private MockMvcRequestBuilder post(String uri, Map<String, String> fields) {
		MockMvcRequestBuilder post = this.mvc.post().uri(uri).accept(MediaType.TEXT_HTML);
		fields.forEach(post::param);
		return post;
	}

	private Snapshot snapshot() {
		return new Snapshot(this.jdbc.sql("select * from account order by id").query().listOfRows(),
				this.jdbc.sql("select count(*) from sign_in_failure").query(Integer.class).single(),
				this.jdbc.sql("select count(*) from spring_session where principal_name is not null")
					.query(Integer.class)
					.single());
	}

	record Snapshot(List<Map<String, Object>> accounts, int failures, int signedInSessions) {
	}

}
