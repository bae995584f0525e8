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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every admin route this package adds, read and written by a stranger, an EDITOR and an
 * ADMIN: strangers are sent to sign in, EDITORs are refused user management, ADMINs may
 * do everything; and a refused request changes no row.
 */
@IntegrationTest
class AccessMatrixIT {

	private static final String TARGET = TestAccounts.PREFIX + "target";

	private static final String CREATED = TestAccounts.PREFIX + "created";

	private static final String OTHER = "(test only) Copper-Lantern-Basil-93";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestAccounts accounts;

	long target;

	@BeforeEach
	void setUp() {
		this.accounts.removeAll();
		this.target = this.accounts.create(TARGET, "EDITOR");
	}

	@AfterEach
	void cleanUp() {
		this.accounts.removeAll();
	}

	@Test
	void strangersAreSentToSignInAndSeeNothing() {
		for (String route : reads()) {
			var result = this.mvc.get().uri(route).accept(MediaType.TEXT_HTML).exchange();
			assertThat(result).as(route).hasStatus(302).redirectedUrl().endsWith("/login");
			assertThat(result.getResponse().getContentAsByteArray()).as(route).isEmpty();
		}
	}

	@Test
	void strangersWritingWithATokenAreSentToSignInAndChangeNothing() {
		List<Map<String, Object>> before = rows();
		for (Write write : writes()) {
			var result = write.request(this.mvc).with(csrf()).exchange();
			assertThat(result).as(write.route()).hasStatus(302).redirectedUrl().endsWith("/login");
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void strangersWritingWithoutATokenAreRefusedAndChangeNothing() {
		List<Map<String, Object>> before = rows();
		for (Write write : writes()) {
			assertThat(write.request(this.mvc).exchange()).as(write.route()).hasStatus(403);
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void editorsSeeTheAdminHomeButNotUserManagement() {
		RequestPostProcessor editor = user(TestAccounts.PREFIX + "editor").roles("EDITOR");
		assertThat(this.mvc.get().uri("/admin").with(editor).exchange()).hasStatusOk();
		for (String route : reads().subList(1, reads().size())) {
			assertThat(this.mvc.get().uri(route).with(editor).accept(MediaType.TEXT_HTML).exchange()).as(route)
				.hasStatus(403);
		}
	}

	@Test
	void editorsCannotManageUsersAndChangeNothing() {
		RequestPostProcessor editor = user(TestAccounts.PREFIX + "editor").roles("EDITOR");
		List<Map<String, Object>> before = rows();
		for (Write write : writes()) {
			assertThat(write.request(this.mvc).with(editor).with(csrf()).exchange()).as(write.route()).hasStatus(403);
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void adminsMayReadEveryRoute() {
		for (String route : reads()) {
			assertThat(this.mvc.get().uri(route).with(admin()).accept(MediaType.TEXT_HTML).exchange()).as(route)
				.hasStatusOk();
		}
	}

	@Test
	void adminsMayWriteEveryRoute() {
		int before = this.accounts.count();
		List<Write> writes = writes();
		assertThat(writes.get(0).request(this.mvc).with(admin()).with(csrf()).exchange())
			.hasRedirectedUrl("/admin/users");
		assertThat(this.accounts.count()).isEqualTo(before + 1);
		assertThat(writes.get(1).request(this.mvc).with(admin()).with(csrf()).exchange())
			.hasRedirectedUrl("/admin/users");
		assertThat(targetColumn("role")).isEqualTo("ADMIN");
		String hash = targetColumn("password_hash");
		assertThat(writes.get(2).request(this.mvc).with(admin()).with(csrf()).exchange())
			.hasRedirectedUrl("/admin/users/" + this.target);
		assertThat(targetColumn("password_hash")).isNotEqualTo(hash);
		assertThat(this.encoder.matches(OTHER, targetColumn("password_hash"))).isTrue();
	}

	private List<String> reads() {
		return List.of("/admin", "/admin/users", "/admin/users/new", "/admin/users/" + this.target,
				"/admin/users/" + this.target + "/password");
	}

	private List<Write> writes() {
		return List.of(
				new Write("/admin/users",
						Map.of("username", CREATED, "role", "EDITOR", "password", TestAccounts.STRONG, "confirmation",
								TestAccounts.STRONG)),
				new Write("/admin/users/" + this.target,
						Map.of("role", "ADMIN", "enabled", "true", "version", String.valueOf(targetVersion()))),
				new Write("/admin/users/" + this.target + "/password",
						Map.of("password", OTHER, "confirmation", OTHER)));
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private int targetVersion() {
		return this.jdbc.sql("select version from account where id = ?")
			.param(this.target)
			.query(Integer.class)
			.single();
	}

	private String targetColumn(String column) {
		return this.jdbc.sql("select " + column + " from account where id = ?")
			.param(this.target)
			.query(String.class)
			.single();
	}

	private List<Map<String, Object>> rows() {
		return this.jdbc.sql("select * from account order by id").query().listOfRows();
	}

	/**
	 * A form post to an admin route.
	 */
	record Write(String route, Map<String, String> fields) {

		MockMvcRequestBuilder request(MockMvcTester mvc) {
			MockMvcRequestBuilder request = mvc.post().uri(this.route).accept(MediaType.TEXT_HTML);
			this.fields.forEach(request::param);
			return request;
		}

	}

}
