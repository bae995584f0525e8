package org.asprecords;

import java.util.LinkedHashMap;
import java.util.Map;

import org.asprecords.security.Browser;
import org.asprecords.security.TestAccounts;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey the secretariat makes each December, as a new admin would make it: sign in,
 * enter a whole session through the forms alone (its dates, two resolutions, an election
 * decided in two rounds, the budget, a statement) while it is a draft no visitor sees,
 * publish it, and find it on the public pages, by its symbols and in the site search.
 * Every request commits, as in production; the records are removed afterwards. The
 * session is a test's: the 90th special session, in March 2026.
 */
@IntegrationTest
class NewSessionJourneyIT {

	private static final String ELECTION = "/elections/S-90/bureau-test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminEntersAWholeSessionPublishesItAndVisitorsFindIt() {
		this.accounts.create("test-journey", "ADMIN");
		Browser admin = new Browser(this.mvc, "192.0.2.41");
		assertThat(admin.signIn("test-journey", TestAccounts.STRONG)).hasStatus3xxRedirection();

		String session = saved(admin.fill("/admin/sessions/new", "/admin/sessions/new",
				fields("slug", "S-90", "kind", "SPECIAL", "number", "90", "startDate", "2026-03-02", "startPrecision",
						"DAY", "endDate", "2026-03-04", "venue", "World Forum", "city", "The Hague", "country",
						"Netherlands", "sources", "Entered in a test")));
		saved(admin.fill("/admin/resolutions/new", "/admin/resolutions/new",
				fields("symbol", "asp s-90 res 1", "session", "S-90", "title",
						"Resolution on the journeytest of a session's records", "adoptedOn", "2026-03-04",
						"adoptionMethod", "CONSENSUS", "sources", "Entered in a test")));
		saved(admin.fill("/admin/resolutions/new", "/admin/resolutions/new",
				fields("symbol", "ICC-ASP/S-90/Res.2", "session", "S-90", "title",
						"Resolution on the programme budget for 2041 (journeytest)", "adoptedOn", "2026-03-04",
						"adoptionMethod", "CONSENSUS", "sources", "Entered in a test")));
		saved(admin.fill("/admin/elections/new", "/admin/elections/new",
				fields("session", "S-90", "slug", "bureau-test", "body", "BUREAU", "seats", "1", "method", "BALLOTS",
						"heldOn", "2026-03-03", "heldUntil", "2026-03-04", "sources", "Entered in a test",
						"candidates[0].state", "france", "candidates[0].outcome", "ELECTED",
						"candidates[0].electedInRound", "2", "candidates[1].state", "slovenia", "candidates[1].outcome",
						"NOT_ELECTED", "rounds[0].number", "1", "rounds[0].validBallots", "100",
						"rounds[0].requiredMajority", "67", "rounds[0].votes[0]", "60", "rounds[0].votes[1]", "40",
						"rounds[1].number", "2", "rounds[1].validBallots", "99", "rounds[1].requiredMajority", "66",
						"rounds[1].votes[0]", "70", "rounds[1].votes[1]", "29")));
		saved(admin.fill("/admin/budgets/new", "/admin/budgets/new", fields("year", "2041", "session", "S-90",
				"resolution", "ICC-ASP/S-90/Res.2", "approved", "123456789.50", "sources", "Entered in a test")));
		saved(admin.fill("/admin/statements/new", "/admin/statements/new",
				fields("session", "S-90", "slug", "statement-test", "segment", "PLENARY_COOPERATION", "deliveredOn",
						"2026-03-03", "speakerLabel", "A speaker (test)", "summary",
						"A statement on the journeytest of the records.", "sources", "Entered in a test")));

		Browser visitor = new Browser(this.mvc, "198.51.100.41");
		for (String page : new String[] { "/sessions/S-90", "/resolutions/ICC-ASP/S-90/Res.1", ELECTION,
				"/budgets/2041", "/statements/S-90/statement-test" }) {
			assertThat(visitor.get(page)).as("%s while a draft", page).hasStatus(404);
		}
		assertThat(Pages.parse(visitor.get("/search?q=journeytest")).select("main a").eachAttr("href"))
			.noneMatch((href) -> href.contains("S-90"));

		saved(admin.fill(session, session, fields("published", "true")));

		Document meeting = Pages.parse(visitor.get("/sessions/S-90"));
		assertThat(meeting.selectFirst("h1").text()).contains("90");
		assertThat(meeting.select("main a").eachAttr("href")).contains("/resolutions/ICC-ASP/S-90/Res.1",
				"/resolutions/ICC-ASP/S-90/Res.2", ELECTION, "/budgets/2041", "/statements/S-90/statement-test");
		assertThat(visitor.get("/resolutions?q=icc asp s 90 res 1"))
			.hasRedirectedUrl("/resolutions/ICC-ASP/S-90/Res.1");
		assertThat(Pages.parse(visitor.get("/resolutions?q=journeytest")).select("main a").eachAttr("href"))
			.contains("/resolutions/ICC-ASP/S-90/Res.1", "/resolutions/ICC-ASP/S-90/Res.2");
		assertThat(Pages.parse(visitor.get("/search?q=journeytest")).select("main a").eachAttr("href")).contains(
				"/resolutions/ICC-ASP/S-90/Res.1", "/resolutions/ICC-ASP/S-90/Res.2",
				"/statements/S-90/statement-test");
		Document election = Pages.parse(visitor.get(ELECTION));
		assertThat(election.select("#rounds tbody tr").eachText()).contains("France 60 70", "Slovenia 40 29",
				"Valid ballots 100 99");
		assertThat(Pages.fact(Pages.parse(visitor.get("/budgets/2041")), "Approved").text())
			.isEqualTo("€123,456,789.50");
	}

	@AfterEach
	void removeTheSession() {
		for (String table : new String[] { "statement", "election", "programme_budget", "resolution" }) {
			this.jdbc
				.sql("delete from " + table
						+ " where session_id in (select id from assembly_session where slug = 'S-90')")
				.update();
		}
		this.jdbc.sql("delete from assembly_session where slug = 'S-90'").update();
		this.accounts.removeAll();
	}

	/** The path a successful save redirects to. */
	private static String saved(MvcTestResult result) {
		assertThat(result.getResponse().getStatus())
			.as("a save, answered %s", Pages.parse(result).select(".error-summary, .field-error").eachText())
			.isBetween(300, 399);
		return result.getResponse().getRedirectedUrl();
	}

	private static Map<String, String> fields(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

}
