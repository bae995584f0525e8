package org.asprecords.account;

import java.util.List;
import java.util.Map;

import org.asprecords.security.Browser;
import org.asprecords.security.TestAccounts;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User management as an ADMIN does it in a browser: signed in through the form, every
 * change by post/redirect/get with a confirmation, refusals next to their field.
 */
@IntegrationTest
class UserAdminIT {

	private static final String EDITOR = TestAccounts.PREFIX + "editor";

	private static final String OTHER = "(test only) Copper-Lantern-Basil-93";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	Browser admin;

	long editor;

	String adminHash;

	@BeforeEach
	void signInAsAdmin() {
		this.accounts.removeAll();
		this.adminHash = this.jdbc.sql("select password_hash from account where username = 'admin'")
			.query(String.class)
			.single();
		this.editor = this.accounts.create(EDITOR, "EDITOR");
		this.admin = new Browser(this.mvc, "198.51.100.50");
		assertThat(this.admin.signIn("admin", this.accounts.adminPassword())).hasRedirectedUrl("/admin");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("update account set password_hash = ? where username = 'admin'").param(this.adminHash).update();
		this.accounts.removeAll();
	}

	@Test
	void theListShowsEveryAccountWithItsRoleStatusAndLastSignIn() {
		this.accounts.create(TestAccounts.PREFIX + "gone", "EDITOR", TestAccounts.STRONG, false);
		Document page = Pages.parse(this.admin.get("/admin/users"));

		assertThat(page.select("h1").text()).isEqualTo("Users");
		assertThat(page.select("caption").text()).isEqualTo("Accounts that can sign in to the admin area");
		assertThat(row(page, "admin")).containsExactly("Admin", "Can sign in");
		assertThat(cell(page, "admin", 3)).matches("\\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} UTC");
		assertThat(row(page, EDITOR)).containsExactly("Editor", "Can sign in");
		assertThat(cell(page, EDITOR, 3)).isEqualTo("Never");
		assertThat(row(page, TestAccounts.PREFIX + "gone")).containsExactly("Editor", "Disabled");
		assertThat(page.select("a[href=/admin/users/new]").text()).isEqualTo("New user");
		assertThat(page.select("a[href=/admin/users/" + this.editor + "]").text()).isEqualTo(EDITOR);
	}

	@Test
	void creatingAnAccountConfirmsItAndTheNewAccountCanSignIn() {
		MvcTestResult created = this.admin.submit("/admin/users/new", "/admin/users",
				Map.of("username", "Test-New.User_1", "role", "EDITOR", "password", OTHER, "confirmation", OTHER));

		assertThat(created).hasRedirectedUrl("/admin/users");
		Document list = Pages.parse(this.admin.get("/admin/users"));
		assertThat(list.select(".flash[role=status]").text()).isEqualTo("The account was created.");
		assertThat(row(list, "test-new.user_1")).containsExactly("Editor", "Can sign in");
		assertThat(Pages.parse(this.admin.get("/admin/users")).select(".flash")).as("shown once").isEmpty();
		Browser newcomer = new Browser(this.mvc, "198.51.100.51");
		assertThat(newcomer.signIn("test-new.user_1", OTHER)).hasRedirectedUrl("/admin");
	}

	@Test
	void aTakenOrMalformedUsernameIsRefusedNextToItsField() {
		int before = this.accounts.count();
		assertUsernameRefused(EDITOR.toUpperCase(), "This username is already taken.");
		assertUsernameRefused("ab", "Use 3 to 64 letters, digits, dots, dashes or underscores.");
		assertUsernameRefused("with space", "Use 3 to 64 letters, digits, dots, dashes or underscores.");
		assertUsernameRefused("x".repeat(65), "Use 3 to 64 letters, digits, dots, dashes or underscores.");
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@Test
	void anAdminChangesARoleAndDisablesAnAccount() {
		MvcTestResult saved = this.admin.submit("/admin/users/" + this.editor, "/admin/users/" + this.editor,
				Map.of("role", "ADMIN"));

		assertThat(saved).hasRedirectedUrl("/admin/users");
		Document list = Pages.parse(this.admin.get("/admin/users"));
		assertThat(list.select(".flash").text()).isEqualTo("The account was saved.");
		assertThat(row(list, EDITOR)).containsExactly("Admin", "Disabled");
		Browser editor = new Browser(this.mvc, "198.51.100.52");
		assertThat(editor.signIn(EDITOR, TestAccounts.STRONG)).hasRedirectedUrl("/login?error");
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() {
		Browser editor = new Browser(this.mvc, "198.51.100.53");
		assertThat(editor.signIn(EDITOR, TestAccounts.STRONG)).hasRedirectedUrl("/admin");
		assertThat(editor.get("/admin")).hasStatusOk();

		this.admin.submit("/admin/users/" + this.editor, "/admin/users/" + this.editor, Map.of("role", "EDITOR"));

		assertThat(editor.get("/admin")).hasStatus(302).redirectedUrl().endsWith("/login");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(EDITOR)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aStaleFormShowsTheConflictAndOverwritesNothing() {
		Document form = Pages.parse(this.admin.get("/admin/users/" + this.editor));
		String version = form.select("input[name=version]").val();
		// meanwhile, someone else disables the account
		Browser colleague = new Browser(this.mvc, "198.51.100.54");
		colleague.signIn("admin", this.accounts.adminPassword());
		colleague.submit("/admin/users/" + this.editor, "/admin/users/" + this.editor, Map.of("role", "EDITOR"));
		Map<String, Object> afterColleague = editorRow();

		MvcTestResult stale = this.admin.submit("/admin/users/" + this.editor, "/admin/users/" + this.editor,
				Map.of("role", "ADMIN", "enabled", "true", "version", version));

		assertThat(stale).hasStatus(409);
		assertThat(editorRow()).isEqualTo(afterColleague);
		Document page = Pages.parse(stale);
		Element conflict = page.selectFirst(".conflict[role=alert]");
		assertThat(conflict).isNotNull();
		assertThat(conflict.select("h2").text()).isEqualTo("Someone else changed this account");
		assertThat(conflict.select("dd").eachText()).containsExactly("Editor", "Disabled");
		assertThat(page.select("#role option[selected]").text()).as("what was typed is kept").isEqualTo("Admin");
		assertThat(page.select("input[name=enabled][type=checkbox]").hasAttr("checked")).isTrue();
		assertThat(page.select("input[name=version]").val()).isEqualTo(afterColleague.get("version").toString());

		assertThat(this.admin.submit("/admin/users/" + this.editor, "/admin/users/" + this.editor,
				Map.of("role", "ADMIN", "enabled", "true")))
			.as("saving again applies it knowingly")
			.hasRedirectedUrl("/admin/users");
		assertThat(editorRow()).containsEntry("role", "ADMIN").containsEntry("enabled", true);
	}

	@Test
	void anAdminCannotDemoteOrDisableThemselves() {
		long self = this.jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		Map<String, Object> before = this.jdbc.sql("select * from account where id = ?")
			.param(self)
			.query()
			.singleRow();

		MvcTestResult refused = this.admin.submit("/admin/users/" + self, "/admin/users/" + self,
				Map.of("role", "EDITOR"));

		assertThat(refused).hasStatusOk();
		Document page = Pages.parse(refused);
		assertThat(page.select("#role-error").text())
			.isEqualTo("You cannot take the admin role from yourself; another admin can.");
		assertThat(page.select("#role").attr("aria-describedby")).contains("role-error");
		assertThat(page.select("#enabled-error").text())
			.isEqualTo("You cannot disable your own account; another admin can.");
		assertThat(page.select("#enabled1").attr("aria-describedby")).contains("enabled-error");
		Map<String, Object> after = this.jdbc.sql("select * from account where id = ?").param(self).query().singleRow();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aNewPasswordWorksAndEndsTheAccountsSessions() {
		Browser editor = new Browser(this.mvc, "198.51.100.55");
		editor.signIn(EDITOR, TestAccounts.STRONG);

		MvcTestResult reset = this.admin.submit("/admin/users/" + this.editor + "/password",
				"/admin/users/" + this.editor + "/password", Map.of("password", OTHER, "confirmation", OTHER));

		assertThat(reset).hasRedirectedUrl("/admin/users/" + this.editor);
		assertThat(Pages.parse(this.admin.get("/admin/users/" + this.editor)).select(".flash").text())
			.isEqualTo("The new password is set, and the account's other sessions have ended.");
		assertThat(editor.get("/admin")).hasStatus(302);
		assertThat(new Browser(this.mvc, "198.51.100.56").signIn(EDITOR, TestAccounts.STRONG))
			.hasRedirectedUrl("/login?error");
		assertThat(new Browser(this.mvc, "198.51.100.57").signIn(EDITOR, OTHER)).hasRedirectedUrl("/admin");
	}

	@Test
	void anAdminWhoChangesTheirOwnPasswordStaysSignedInAndTheirOtherSessionsEnd() {
		long self = this.jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		Browser elsewhere = new Browser(this.mvc, "198.51.100.58");
		elsewhere.signIn("admin", this.accounts.adminPassword());

		this.admin.submit("/admin/users/" + self + "/password", "/admin/users/" + self + "/password",
				Map.of("password", OTHER, "confirmation", OTHER));

		assertThat(this.admin.get("/admin")).hasStatusOk();
		assertThat(elsewhere.get("/admin")).hasStatus(302);
	}

	@Test
	void unknownAccountsAreAFriendly404AndMalformedIdsA400() {
		Pages.assertFriendlyError(this.admin.get("/admin/users/999999"), 404, "Page not found");
		Pages.assertFriendlyError(this.admin.get("/admin/users/999999/password"), 404, "Page not found");
		assertThat(this.admin.get("/admin/users/abc")).hasStatus(400);
	}

	@Test
	void theFormsLabelEveryFieldAndDescribeIt() {
		Document page = Pages.parse(this.admin.get("/admin/users/new"));
		for (String field : new String[] { "username", "role", "password", "confirmation" }) {
			assertThat(page.select("label[for=" + field + "]").text()).as(field).isNotBlank();
			assertThat(page.select("#" + field).attr("aria-describedby")).as(field).isEqualTo(field + "-help");
			assertThat(page.select("#" + field + "-help").text()).as(field).isNotBlank();
		}
		assertThat(page.select("#password").attr("autocomplete")).isEqualTo("new-password");
		assertThat(page.select("#role option").eachText()).containsExactly("Editor", "Admin");
	}

	private void assertUsernameRefused(String username, String message) {
		MvcTestResult refused = this.admin.submit("/admin/users/new", "/admin/users",
				Map.of("username", username, "role", "EDITOR", "password", OTHER, "confirmation", OTHER));
		assertThat(refused).as(username).hasStatusOk();
		Document page = Pages.parse(refused);
		assertThat(page.select("#username-error").text()).as(username).isEqualTo(message);
		assertThat(page.select("#username").attr("aria-describedby")).contains("username-error");
		assertThat(page.select("#username").val()).isEqualTo(username);
	}

	private Map<String, Object> editorRow() {
		return this.jdbc.sql("select * from account where id = ?").param(this.editor).query().singleRow();
	}

	private static List<String> row(Document page, String username) {
		Element row = page.select("tbody tr")
			.stream()
			.filter((tr) -> tr.select("th").text().equals(username))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + username));
		return row.select("td").eachText().subList(0, 2);
	}

	private static String cell(Document page, String username, int column) {
		return page.select("tbody tr")
			.stream()
			.filter((tr) -> tr.select("th").text().equals(username))
			.findFirst()
			.orElseThrow()
			.select("td")
			.get(column - 1)
			.text();
	}

}
