package org.asprecords.browser;

import com.microsoft.playwright.Locator;
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
 * An admin in a real browser: signs in, enters a session (a draft at first) with a
 * resolution and an election decided in two rounds, publishes it, finds it on the public
 * pages, edits it, meets the conflict page when the same record was saved from another
 * page meanwhile, moves the resolution to the trash and restores it. Also a wrong
 * password, and a form sent with errors. The session is a test's (the 90th special
 * session), removed afterwards.
 */
@BrowserTest
class AdminJourneyIT {

	private static final String RESOLUTION = "/resolutions/ICC-ASP/S-90/Res.1";

	private static final String ELECTION = "/elections/S-90/bureau-test";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void anAdminEntersASessionPublishesItEditsItAndRestoresARecordFromTheTrash(String language) {
		this.accounts.create("test-browser", "ADMIN");
		try (Tab admin = Chromium.tab(this.port, language); Tab visitor = Chromium.tab(this.port, language)) {
			Page page = admin.page();
			signIn(admin, "test-browser", TestAccounts.STRONG);
			assertThat(admin.path()).isEqualTo("/admin");
			admin.check("admin-home");

			admin.open("/admin/sessions");
			admin.click("main a[href='/admin/sessions/new']");
			admin.check("admin-session-form");
			page.locator("#slug").fill("S-90");
			page.locator("#kind").selectOption("SPECIAL");
			page.locator("#number").fill("90");
			page.locator("#startDate").fill("2026-03-02");
			page.locator("#startPrecision").selectOption("DAY");
			page.locator("#endDate").fill("2026-03-04");
			page.locator("#venue").fill("World Forum");
			page.locator("#city").fill("The Hague");
			page.locator("#country").fill("Netherlands");
			page.locator("#sources").fill("Entered in a browser test");
			assertThat(page.locator("#published").isChecked()).as("a new session is a draft").isFalse();
			save(admin);
			String session = admin.path();
			assertThat(session).matches("/admin/sessions/\\d+/edit");

			admin.open("/admin/resolutions/new");
			admin.check("admin-resolution-form");
			page.locator("#symbol").fill("asp s-90 res 1");
			page.locator("#session").selectOption("S-90");
			page.locator("#title").fill("Resolution on the browser test of a session's records");
			page.locator("#adoptedOn").fill("2026-03-04");
			page.locator("#adoption").selectOption("CONSENSUS");
			page.locator("#sources").fill("Entered in a browser test");
			save(admin);
			String resolution = admin.path();

			admin.open("/admin/elections/new");
			admin.check("admin-election-form");
			page.locator("#session").selectOption("S-90");
			page.locator("#slug").fill("bureau-test");
			page.locator("#body").selectOption("BUREAU");
			page.locator("#seats").fill("1");
			page.locator("#method").selectOption("BALLOTS");
			page.locator("#heldOn").fill("2026-03-03");
			page.locator("#heldUntil").fill("2026-03-04");
			page.locator("#sources").fill("Entered in a browser test");
			page.locator("#candidates-0-state").fill("france");
			page.locator("#candidates-0-outcome").selectOption("ELECTED");
			page.locator("#candidates-0-electedInRound").fill("2");
			page.locator("#candidates-1-state").fill("slovenia");
			page.locator("#candidates-1-outcome").selectOption("NOT_ELECTED");
			String[][] rounds = { { "1", "100", "67", "60", "40" }, { "2", "99", "66", "70", "29" } };
			for (int r = 0; r < rounds.length; r++) {
				page.locator("#rounds-" + r + "-number").fill(rounds[r][0]);
				page.locator("#rounds-" + r + "-validBallots").fill(rounds[r][1]);
				page.locator("#rounds-" + r + "-requiredMajority").fill(rounds[r][2]);
				page.locator("#rounds-" + r + "-votes-0").fill(rounds[r][3]);
				page.locator("#rounds-" + r + "-votes-1").fill(rounds[r][4]);
			}
			save(admin);

			assertThat(visitor.open("/sessions/S-90")).as("a draft session").isEqualTo(404);

			admin.open(session);
			page.locator("#published").check();
			save(admin);
			assertThat(visitor.open("/sessions/S-90")).isEqualTo(200);
			visitor.click("main a[href='" + visitor.address(RESOLUTION) + "']");
			assertThat(visitor.path()).isEqualTo(visitor.address(RESOLUTION));
			assertThat(visitor.open(ELECTION)).isEqualTo(200);
			assertThat(visitor.page().locator("#rounds tbody tr").allInnerTexts())
				.anyMatch((row) -> row.matches("France\\s+60\\s+70"));

			admin.open(session);
			page.locator("#venue").fill("World Forum, hall 2");
			save(admin);
			visitor.open("/sessions/S-90");
			assertThat(visitor.page().locator("main").textContent()).contains("World Forum, hall 2");

			admin.click("#history-heading + .table-wrap tbody a");
			assertThat(admin.path()).startsWith("/admin/history/sessions/");
			admin.check("admin-revision");

			admin.open(resolution);
			try (Tab other = admin.another()) {
				other.open(resolution);
				other.page().locator("#title").fill("Resolution saved first, from another page");
				save(other);
			}
			page.locator("#title").fill("Resolution saved second, from the first page");
			save(admin);
			assertThat(page.locator("main table").textContent()).contains("Resolution saved first, from another page",
					"Resolution saved second, from the first page");
			admin.check("admin-conflict");

			admin.open(resolution);
			String trashed = "/admin/trash" + resolution.substring("/admin".length()).replace("/edit", "");
			admin.click("form[action='" + trashed + "'] button");
			assertThat(visitor.open(RESOLUTION)).as("a resolution in the trash").isEqualTo(404);
			admin.open("/admin/trash");
			admin.check("admin-trash");
			admin.click("form[action='" + trashed + "/restore'] button");
			assertThat(visitor.open(RESOLUTION)).as("a restored resolution").isEqualTo(200);
		}
	}

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void aWrongPasswordIsRefusedAndTheFocusReturnsToTheForm(String language) {
		this.accounts.create("test-browser", "EDITOR");
		try (Tab tab = Chromium.tab(this.port, language)) {
			signIn(tab, "test-browser", "not the password");
			assertThat(tab.path()).isEqualTo("/login?error");
			assertThat(tab.page().locator("#sign-in-problem").isVisible()).isTrue();
			assertThat(tab.page().evaluate("document.activeElement.id")).isEqualTo("username");
			tab.check("login-error");
			assertThat(tab.open("/admin")).as("still signed out").isEqualTo(200);
			assertThat(tab.path()).isEqualTo("/login");
		}
	}

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void aFormWithErrorsShowsEachMessageBesideItsFieldAndFocusesTheFirst(String language) {
		this.accounts.create("test-browser", "EDITOR");
		try (Tab tab = Chromium.tab(this.port, language)) {
			Page page = tab.page();
			signIn(tab, "test-browser", TestAccounts.STRONG);
			tab.open("/admin/resolutions/new");
			page.locator("#symbol").fill("ICC-ASP/22/Res.4");
			page.locator("#votesFor").fill("-3");
			save(tab);
			assertThat(page.locator(".error-summary").isVisible()).isTrue();
			Locator refused = page.locator("main form [aria-invalid=true]");
			assertThat(refused.count()).as("refused fields").isGreaterThanOrEqualTo(2);
			for (int i = 0; i < refused.count(); i++) {
				String id = refused.nth(i).getAttribute("id");
				Locator message = page.locator("#" + refused.nth(i).getAttribute("aria-describedby"));
				assertThat(message.isVisible()).as("the message of %s", id).isTrue();
				assertThat(message.textContent()).as("the message of %s", id).isNotBlank();
				assertThat(message.evaluate("(m, field) => m.parentElement.contains(field)",
						refused.nth(i).elementHandle()))
					.as("the message of %s is beside it", id)
					.isEqualTo(true);
			}
			assertThat(page.evaluate("document.activeElement.id")).as("the focus is on the first refused field")
				.isEqualTo(refused.first().getAttribute("id"));
			tab.check("admin-form-with-errors");
		}
	}

	@AfterEach
	void removeTheSession() {
		for (String table : new String[] { "election", "resolution" }) {
			this.jdbc
				.sql("delete from " + table
						+ " where session_id in (select id from assembly_session where slug = 'S-90')")
				.update();
		}
		this.jdbc.sql("delete from assembly_session where slug = 'S-90'").update();
		this.accounts.removeAll();
	}

	static void signIn(Tab tab, String username, String password) {
		tab.open("/login");
		tab.page().locator("#username").fill(username);
		tab.page().locator("#password").fill(password);
		tab.click("main form button[type=submit]");
	}

	/** Sends the record form of the page (its first submit button is Save). */
	private static void save(Tab tab) {
		tab.click("main form[method=post] button[type=submit]");
	}

}
