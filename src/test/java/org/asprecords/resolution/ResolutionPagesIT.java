package org.asprecords.resolution;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.overview.session.SessionOverview;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ResolutionPagesIT {

	private static final String BUDGET_2024 = "/resolutions/ICC-ASP/22/Res.4";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP/22/Res.4", "icc-asp/22/res.4", "ICC ASP 22 Res 4", "ICC-ASP/22/Res4",
			"ASP/22/Res.4", "22/Res.4", "ICC-ASP/022/Res.04", "ICC\u2010ASP/22/Res.4", "ICC\u2013ASP/22/Res.4",
			"\u00a0ICC-ASP/22/Res.4.", "“ICC-ASP/22/Res.4”", "ICC/ASP/22/Res.4", "icc asp 22 res 4" })
	void everyFormOfASymbolLeadsToItsResolution(String typed) {
		MvcTestResult result = Pages.exchange(this.mvc, "/resolutions?q={q}", typed);
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(BUDGET_2024);
	}

	/**
	 * Resolutions of earlier sessions, and what the second reference adds to those
	 * shipped before, as {@code asp-reference-facts-2.md} (section 1a) reads them.
	 */
	@Test
	void resolutionsOfTheSecondReferenceShowTheirMeetingAndManner() {
		Document aggression = page(this.mvc, "/resolutions/ICC-ASP/16/Res.5");
		assertThat(aggression.select("main").text())
			.contains("Activation of the jurisdiction of the Court over the crime of aggression");
		assertThat(fact(aggression, "Adopted").text()).isEqualTo("14 December 2017");
		assertThat(fact(aggression, "How adopted").text()).isEqualTo("By consensus");
		assertThat(aggression.select("p.note").text()).contains("very early hours of 15 December");

		Document budget = page(this.mvc, "/resolutions/ICC-ASP/15/Res.1");
		assertThat(fact(budget, "Plenary meeting").text()).isEqualTo("10th plenary meeting");
		assertThat(fact(budget, "How adopted").text()).isEqualTo("By consensus");

		assertThat(fact(page(this.mvc, "/resolutions/ICC-ASP/4/Res.1"), "Plenary meeting").text())
			.isEqualTo("3rd plenary meeting");
		assertThat(page(this.mvc, "/resolutions/ICC-ASP/15/Res.5").select("p.note").text())
			.contains("on permanent premises");
		assertThat(page(this.mvc, "/resolutions/RC/Res.6").select("main").text()).contains("The crime of aggression");
	}

	@Test
	void specialSessionSymbolsAreFoundInTheirShortForms() {
		assertThat(Pages.exchange(this.mvc, "/resolutions?q={q}", "s1 res 1")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/resolutions/ICC-ASP/S-1/Res.1");
	}

	@Test
	void theResolutionPageShowsItsTitleSessionAndWhatItAdopted() {
		Document page = page(this.mvc, BUDGET_2024);
		assertThat(page.select("h1").text()).isEqualTo("ICC-ASP/22/Res.4");
		assertThat(page.select("hgroup p").text())
			.startsWith("Resolution of the Assembly of States Parties on the " + "proposed programme budget for 2024");
		assertThat(fact(page, "Session").text()).isEqualTo("22nd session (2023)");
		assertThat(fact(page, "How adopted").text()).isEqualTo("By consensus");
		assertThat(page.select("a[href=/budgets/2024]").text()).contains("Programme budget for 2024");
		assertThat(page.select(".sources a").eachAttr("href")).isNotEmpty().allMatch((href) -> href.startsWith("http"));
	}

	/**
	 * A resolution that adopted more than its page lists (here thirty budgets more than
	 * the one of 2024) shows the first, says how many, and links to them all.
	 */
	@Test
	@Transactional
	void aResolutionThatAdoptedMoreThanItsPageShowsLinksToThemAll() throws Exception {
		this.jdbc.sql("""
				insert into programme_budget (year, session_id, resolution_id, approved, sources)
				select y, b.session_id, b.resolution_id, b.approved, b.sources
				from programme_budget b, generate_series(2060, 2089) y where b.year = 2024""").update();

		Document page = page(this.mvc, BUDGET_2024);
		assertThat(page.select("section[aria-labelledby=adopted-heading] li")).hasSize(SessionOverview.SHOWN);
		assertThat(page.select("section[aria-labelledby=adopted-heading] li a").first().text())
			.isEqualTo("Programme budget for 2024");
		Element all = page.selectFirst("section[aria-labelledby=adopted-heading] .more a");
		assertThat(all.text()).isEqualTo("All programme budgets (31 adopted by this resolution)");
		assertThat(all.attr("href")).isEqualTo("/budgets");

		// its JSON twin lists as many, with the same count
		String json = json("/api/v1" + BUDGET_2024);
		assertThat((Integer) JsonPath.read(json, "$.adopted.budgetCount")).isEqualTo(31);
		assertThat((List<String>) JsonPath.read(json, "$.adopted.budgets[*].key")).hasSize(SessionOverview.SHOWN)
			.startsWith("2024");
	}

	/**
	 * Twenty later resolutions recalling ICC-ASP/22/Res.4: its page names the first
	 * fifteen, oldest first, and links to the list of them all, which its CSV and JSON
	 * follow.
	 */
	@Test
	@Transactional
	void aResolutionReferredToByMoreThanItsPageShowsLinksToThemAll() throws Exception {
		this.jdbc.sql("""
				insert into resolution (session_id, symbol, symbol_session, number, title, topics, documents, sources)
				select r.session_id, 'ICC-ASP/' || r.symbol_session || 'x' || g || '/Res.' || r.number,
				       r.symbol_session || 'x' || g, r.number, r.title, r.topics, r.documents, r.sources
				from resolution r, generate_series(10, 29) g where r.symbol = 'ICC-ASP/22/Res.5'""").update();
		this.jdbc.sql("""
				insert into resolution_reference (resolution_id, refers_to_id)
				select r.id, t.id from resolution r, resolution t
				where r.symbol like 'ICC-ASP/22x%/Res.5' and t.symbol = 'ICC-ASP/22/Res.4'""").update();
		long referring = this.jdbc.sql("""
				select count(*) from resolution_reference x join resolution t on t.id = x.refers_to_id
				where t.symbol = 'ICC-ASP/22/Res.4'""").query(Long.class).single();
		assertThat(referring).isGreaterThanOrEqualTo(20);

		Document page = page(this.mvc, BUDGET_2024);
		Element references = page.selectFirst("section[aria-labelledby=references-heading]");
		assertThat(references.select("p").get(references.select("p").size() - 2).select("a"))
			.hasSize(SessionOverview.SHOWN);
		Element all = references.selectFirst(".more a");
		assertThat(all.text()).isEqualTo("All " + referring + " resolutions that refer to this one");
		assertThat(all.attr("href")).isEqualTo("/resolutions?refersTo=ICC-ASP/22/Res.4");

		Document list = page(this.mvc, all.attr("href"));
		assertThat(list.select(".referring").text())
			.isEqualTo("Resolutions that refer to ICC-ASP/22/Res.4 · every resolution");
		assertThat(list.select("#main table caption").text()).startsWith(referring + " resolution");
		assertThat(list.select("#main tbody th a").eachText()).contains("ICC-ASP/22x10/Res.5")
			.doesNotContain("ICC-ASP/22/Res.4");
		String csv = list.selectFirst("a[href^=/resolutions.csv]").attr("href");
		assertThat(csv).contains("refersTo=ICC-ASP/22/Res.4");
		assertThat(this.mvc.get().uri(csv).exchange().getResponse().getContentAsString().lines())
			.hasSize((int) referring + 1);
		assertThat(page(this.mvc, "/resolutions?refersTo=asp 22 res 4").select("#main table caption").text())
			.as("the symbol as typed")
			.startsWith(referring + " resolution");

		String json = json("/api/v1" + BUDGET_2024);
		assertThat((Integer) JsonPath.read(json, "$.referredByCount")).isEqualTo((int) referring);
		assertThat((List<?>) JsonPath.read(json, "$.referredBy")).hasSize(SessionOverview.SHOWN);
	}

	@Test
	void aListOfResolutionsReferringToSomethingNotASymbolIsABadRequest() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/resolutions?refersTo=cooperation"), 400,
				"This request cannot be answered");
	}

	@Test
	void anotherSpellingInTheUrlRedirectsPermanentlyToTheCanonicalOne() {
		MvcTestResult result = Pages.exchange(this.mvc, "/resolutions/icc-asp/22/res.04");
		assertThat(result).hasStatus(301).hasRedirectedUrl(BUDGET_2024);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ICC-ASP/22/Res.4/Corr.1", "icc-asp/22/res.4/corr.1", "ICC-ASP/22/Res.4 Corr 1" })
	void aCorrigendumsSymbolLeadsToTheResolutionItCorrects(String typed) {
		MvcTestResult typedInTheList = Pages.exchange(this.mvc, "/resolutions?q={q}", typed);
		assertThat(typedInTheList).hasStatus3xxRedirection().hasRedirectedUrl(BUDGET_2024 + "?issued=Corr.1");
		assertThat(Pages.exchange(this.mvc, "/resolutions/ICC-ASP/22/Res.4/Corr.1")).hasStatus(301)
			.hasRedirectedUrl(BUDGET_2024 + "?issued=Corr.1");

		Document page = page(this.mvc, BUDGET_2024 + "?issued=Corr.1");
		assertThat(page.select("h1").text()).isEqualTo("ICC-ASP/22/Res.4");
		assertThat(page.select(".issued-note").text())
			.startsWith("ICC-ASP/22/Res.4/Corr.1 is a corrigendum to ICC-ASP/22/Res.4.");
	}

	@Test
	void anAddendumRevisionOrReissueIsNamedAsSuch() {
		assertThat(page(this.mvc, BUDGET_2024 + "?issued=Add.2").select(".issued-note").text())
			.startsWith("ICC-ASP/22/Res.4/Add.2 is an addendum to ICC-ASP/22/Res.4.");
		assertThat(page(this.mvc, BUDGET_2024 + "?issued=Rev.1").select(".issued-note").text())
			.startsWith("ICC-ASP/22/Res.4/Rev.1 is a revision of ICC-ASP/22/Res.4.");
		assertThat(page(this.mvc, BUDGET_2024 + "?issued=*").select(".issued-note").text())
			.startsWith("ICC-ASP/22/Res.4* marks this resolution reissued");
		// Anything else asked for is no document of the resolution: the page says nothing
		// of it
		assertThat(page(this.mvc, BUDGET_2024 + "?issued=<b>x</b>").select(".issued-note")).isEmpty();
	}

	@Test
	void aCorrigendumOfAnUnknownResolutionIsAnsweredAsTheUnknownResolution() {
		MvcTestResult result = Pages.exchange(this.mvc, "/resolutions?q={q}", "ICC-ASP/22/Res.99/Corr.1");
		assertThat(result).hasStatus(404);
		assertThat(Pages.parse(result).select("[role=status]").text())
			.contains("No resolution ICC-ASP/22/Res.99 is recorded.");
	}

	@Test
	void aSymbolThatDoesNotExistIsAnsweredAsSuchAboveTheResolutionsOfItsSession() {
		MvcTestResult result = Pages.exchange(this.mvc, "/resolutions?q={q}", "ICC-ASP/22/Res.99");
		assertThat(result).hasStatus(404);
		Document page = Pages.parse(result);
		assertThat(page.select("[role=status]").text()).contains("No resolution ICC-ASP/22/Res.99 is recorded.")
			.contains("browse the resolutions of its session below");
		// Not a nearest record passed off as the one asked for: the session's list, all
		// of it
		assertThat(page.select("table a[href^=/resolutions/]").eachText()).hasSize(8)
			.allMatch((symbol) -> symbol.startsWith("ICC-ASP/22/Res."));
	}

	@Test
	void theListSaysForHowManySessionsResolutionsAreRecorded() {
		Document page = page(this.mvc, "/resolutions");
		int offered = page.select("#filter-session option[value~=.]").size();
		assertThat(offered).isGreaterThan(1);
		assertThat(page.select(".coverage").text())
			.startsWith("The portal records the resolutions of " + offered + " sessions so far");
		assertThat(page(this.mvc, "/resolutions?lang=fr").select(".coverage").text())
			.startsWith("Le portail enregistre pour l’instant les résolutions de " + offered + " sessions");
	}

	@Test
	void aSymbolOfASessionWithNoResolutionRecordedSaysSo() {
		MvcTestResult result = Pages.exchange(this.mvc, "/resolutions?q={q}", "ICC-ASP/20/Res.5");
		assertThat(result).hasStatus(404);
		Document page = Pages.parse(result);
		assertThat(page.select("[role=status]").text()).contains("No resolution ICC-ASP/20/Res.5 is recorded.")
			.contains("The portal records no resolution of that session yet")
			.doesNotContain("below");
		assertThat(page.select("[role=status] a[href=/resolutions]")).hasSize(1);
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void anUnknownSymbolInTheUrlIsAFriendly404() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/resolutions/ICC-ASP/22/Res.99"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/resolutions/not-a-symbol"), 404, "Page not found");
	}

	@Test
	void aPartialSymbolListsItsMatches() {
		Document byNumber = page(this.mvc, "/resolutions?q={q}", "Res.4");
		assertThat(symbols(byNumber)).contains("ICC-ASP/22/Res.4", "ICC-ASP/23/Res.4", "ICC-ASP/14/Res.4")
			.allMatch((symbol) -> symbol.endsWith("/Res.4"));
		Document bySession = page(this.mvc, "/resolutions?q={q}", "ASP/22");
		assertThat(symbols(bySession)).hasSize(8).allMatch((symbol) -> symbol.startsWith("ICC-ASP/22/"));
	}

	@Test
	void wordsSearchTitlesAndSummariesAndMarkTheMatches() {
		Document page = page(this.mvc, "/resolutions?q={q}", "cooperation");
		assertThat(page.select(".hits li > a").eachText()).contains("ICC-ASP/22/Res.5", "ICC-ASP/23/Res.5");
		assertThat(page.select(".hits mark").eachText()).isNotEmpty()
			.allMatch((word) -> word.toLowerCase().startsWith("cooperat"));
	}

	@Test
	void theListIsFilteredBySessionAndTopicAndSorted() {
		Document session = page(this.mvc, "/resolutions?session=23");
		assertThat(symbols(session)).containsExactly("ICC-ASP/23/Res.1", "ICC-ASP/23/Res.2", "ICC-ASP/23/Res.3",
				"ICC-ASP/23/Res.4", "ICC-ASP/23/Res.5", "ICC-ASP/23/Res.6");
		Document budget = page(this.mvc, "/resolutions?topic=budget");
		assertThat(symbols(budget)).contains("ICC-ASP/22/Res.4", "ICC-ASP/23/Res.6").doesNotContain("ICC-ASP/22/Res.5");
		Document oldest = page(this.mvc, "/resolutions?sort=OLDEST");
		assertThat(symbols(oldest).get(0)).isEqualTo("ICC-ASP/1/Res.2");
	}

	@Test
	void malformedParametersGetTheFriendly400Page() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/resolutions?sort=SIDEWAYS"), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/resolutions?topic=astrology"), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/resolutions?page=two"), 400,
				"This request cannot be answered");
	}

	@Test
	void markupTypedIntoTheSearchIsShownAsTextNeverRun() {
		Document page = page(this.mvc, "/resolutions?q={q}", "<script>alert(1)</script>");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("#resolution-q").attr("value")).isEqualTo("<script>alert(1)</script>");
	}

	private static List<String> symbols(Document page) {
		return page.select("table tbody th a").eachText();
	}

	private String json(String uri) throws Exception {
		return this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange().getResponse().getContentAsString();
	}

}
