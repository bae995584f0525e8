package org.asprecords.browser;

import com.microsoft.playwright.Page;
import org.asprecords.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor enters a session's records from the session's admin page, in a browser: the
 * page lists what the session holds, its "add" button opens the form with the session
 * chosen, a decision with its seats by regional group is saved, listed there, and shown
 * to visitors.
 */
@BrowserTest
class SessionRecordsJourneyIT {

	private static final String SLUG = "browser-seats";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void anEditorAddsADecisionWithItsSeatsFromTheSessionsPage(String language) {
		this.accounts.create("test-browser-records", "EDITOR");
		long session = this.jdbc.sql("select id from assembly_session where slug = '23'").query(Long.class).single();
		String records = "/admin/sessions/" + session + "/records";
		try (Tab editor = Chromium.tab(this.port, language); Tab visitor = Chromium.tab(this.port, language)) {
			Page page = editor.page();
			AdminJourneyIT.signIn(editor, "test-browser-records", TestAccounts.STRONG);
			editor.open("/admin/sessions");
			editor.click("main a[href^='" + records + "']");
			assertThat(editor.path()).isEqualTo(records);
			editor.check("admin-session-records");

			editor.click("main a[href^='/admin/decisions/new?session=23']");
			assertThat(page.locator("#session").inputValue()).isEqualTo("23");
			page.locator("#slug").fill(SLUG);
			page.locator("#kind").selectOption("BODY_COMPOSITION");
			page.locator("#title").fill("Seats entered in a browser test");
			page.locator("#seatsBefore").fill("3");
			page.locator("#seatsAfter").fill("5");
			String[] seats = { "1", "1", "1", "1", "1" };
			for (int group = 0; group < seats.length; group++) {
				page.locator("input[name='allocations[" + group + "].seats']").fill(seats[group]);
			}
			page.locator("input[name='allocations[4].change']").fill("2");
			page.locator("#sources").fill("Entered in a browser test");
			editor.click("main form[method=post] button[type=submit]");
			assertThat(editor.path()).as("saved, or refused with %s", page.locator(".field-error").allTextContents())
				.matches("/admin/decisions/\\d+/edit");
			assertThat(page.locator("input[name='allocations[4].change']").inputValue()).isEqualTo("2");

			editor.open(records);
			assertThat(page.locator("main section a[href^='/admin/decisions/']").allTextContents())
				.contains("Seats entered in a browser test");

			assertThat(visitor.open("/sessions/23/decisions/" + SLUG)).isEqualTo(200);
			assertThat(visitor.page().locator("table.allocations tbody tr").count()).isEqualTo(5);
			visitor.check("decision");
		}
	}

	@AfterEach
	void removeTheDecision() {
		this.jdbc.sql("delete from decision where slug = ?").param(SLUG).update();
		this.accounts.removeAll();
	}

}
