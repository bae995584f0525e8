package org.asprecords.browser;

import org.asprecords.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type of admin page (lists, empty forms, a record's edit page with its history,
 * the import, the users), and the page an editor gets where only admins may go, pass the
 * checks of {@link Tab#check}. The journeys check the rest: forms with errors, the
 * conflict page, the trash, a revision.
 */
@BrowserTest
class AdminPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void everyAdminPageTypePassesTheChecks(String language) {
		this.accounts.create("test-browser-admin", "ADMIN");
		long session = this.jdbc.sql("select id from assembly_session where slug = '22'").query(Long.class).single();
		long decision = this.jdbc.sql("select min(id) from decision where slug = 'cbf-enlargement'")
			.query(Long.class)
			.single();
		String[][] pages = { { "admin-sessions", "/admin/sessions" }, { "admin-resolutions", "/admin/resolutions" },
				{ "admin-elections", "/admin/elections" }, { "admin-budgets", "/admin/budgets" },
				{ "admin-statements", "/admin/statements" }, { "admin-people", "/admin/people" },
				{ "admin-states", "/admin/states" }, { "admin-organizations", "/admin/organizations" },
				{ "admin-budget-form", "/admin/budgets/new" }, { "admin-statement-form", "/admin/statements/new" },
				{ "admin-person-form", "/admin/people/new" }, { "admin-state-form", "/admin/states/new" },
				{ "admin-organization-form", "/admin/organizations/new" },
				{ "admin-session-edit", "/admin/sessions/" + session + "/edit" },
				{ "admin-session-records", "/admin/sessions/" + session + "/records" },
				{ "admin-side-events", "/admin/side-events" },
				{ "admin-side-event-form", "/admin/side-events/new?session=22" },
				{ "admin-amendment-form", "/admin/amendments/new" }, { "admin-policy-form", "/admin/policies/new" },
				{ "admin-decision-edit", "/admin/decisions/" + decision + "/edit" },
				{ "admin-accession-form", "/admin/accessions/new" },
				{ "admin-president-form", "/admin/presidents/new" }, { "admin-import", "/admin/sessions/import" },
				{ "admin-users", "/admin/users" }, { "admin-user-form", "/admin/users/new" } };
		try (Tab tab = Chromium.tab(this.port, language)) {
			AdminJourneyIT.signIn(tab, "test-browser-admin", TestAccounts.STRONG);
			tab.checkPages(pages);
		}
	}

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void anEditorWhereOnlyAdminsMayGoGetsTheFriendlyForbiddenPage(String language) {
		this.accounts.create("test-browser-editor", "EDITOR");
		try (Tab tab = Chromium.tab(this.port, language)) {
			AdminJourneyIT.signIn(tab, "test-browser-editor", TestAccounts.STRONG);
			assertThat(tab.open("/admin/users")).isEqualTo(403);
			tab.check("error-403");
		}
	}

	@AfterEach
	void removeTheAccounts() {
		this.accounts.removeAll();
	}

}
