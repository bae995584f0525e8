package org.asprecords.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type of public page, as a visitor's browser shows it, passes the checks of
 * {@link Tab#check}: accessibility, valid HTML, a phone's width; error pages too.
 */
@BrowserTest
class PublicPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void everyPublicPageTypePassesTheChecks(String language) {
		String[][] pages = { { "home", "/" }, { "sessions", "/sessions" }, { "session", "/sessions/22" },
				{ "resolutions", "/resolutions" }, { "resolution", "/resolutions/ICC-ASP/22/Res.4" },
				{ "elections", "/elections" }, { "election", "/elections/22/judges" },
				{ "election-votes", "/elections/19-resumed-2/prosecutor" }, { "budgets", "/budgets" },
				{ "budget", "/budgets/2024" }, { "statements", "/statements" },
				{ "statement",
						first("select '/statements/22/' || slug from statement where session_id = "
								+ "(select id from assembly_session where slug = '22') order by id") },
				{ "states", "/states" }, { "state", "/states/armenia" }, { "people", "/people" },
				{ "person", "/people/paivi-kaukoranta" }, { "organizations", "/organizations" },
				{ "organization", "/organizations/coalition-for-the-icc" }, { "search", "/search?q=budget" },
				{ "side-event", first("select '/sessions/22/side-events/' || slug from side_event order by id") },
				{ "decision",
						first("select '/sessions/' || s.slug || '/decisions/' || d.slug from decision d "
								+ "join assembly_session s on s.id = d.session_id order by d.id") },
				{ "amendment",
						first("select '/sessions/' || s.slug || '/amendments/' || a.slug from amendment a "
								+ "join assembly_session s on s.id = a.session_id order by a.id") },
				{ "policy",
						first("select '/sessions/' || s.slug || '/policies/' || p.slug from policy p "
								+ "join assembly_session s on s.id = p.session_id order by p.id") },
				{ "login", "/login" }, { "accessibility", "/accessibility" }, { "open-data", "/open-data" } };
		try (Tab tab = Chromium.tab(this.port, language)) {
			tab.checkPages(pages);
			assertThat(tab.open("/sessions/no-such-session")).isEqualTo(404);
			tab.check("error-404");
			assertThat(tab.open("/resolutions?page=abc")).isEqualTo(400);
			tab.check("error-400");
		}
	}

	private String first(String sql) {
		return this.jdbc.sql(sql).query(String.class).list().get(0);
	}

}
