package org.asprecords.statement;

import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.support.SqlStatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.asprecords.support.Pages.statementsIssued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The statement pages on the shipped records; the facts come from the CICC's summary of
 * the 22nd session ("All you need to know about the 22nd session") and its #NGOVoices
 * page before the 21st.
 */
@IntegrationTest
class StatementPagesIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SqlStatementCounter statements;

	@Test
	void costaRicaJointStatementListsThe48StatesItWasDeliveredFor() {
		Document page = page(this.mvc, "/statements/22/cooperation-costa-rica-joint");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Statement by Costa Rica on behalf of 48 states");
		assertThat(fact(page, "Delivered by").selectFirst("a").attr("href")).isEqualTo("/states/costa-rica");
		assertThat(fact(page, "On behalf of").text()).isEqualTo("48 states");
		List<Element> states = page.select(".on-behalf-states a");
		assertThat(states).hasSize(48).allSatisfy((link) -> assertThat(link.attr("href")).startsWith("/states/"));
		assertThat(states).extracting(Element::text, (link) -> link.attr("href"))
			.contains(tuple("Luxembourg", "/states/luxembourg"), tuple("Romania", "/states/romania"),
					tuple("Afghanistan", "/states/afghanistan"), tuple("Zambia", "/states/zambia"));
		assertThat(page.selectFirst("#on-behalf-heading").text()).isEqualTo("On behalf of 48 States");
		assertThat(fact(page, "Date").text()).isEqualTo("8 December 2023");
		assertThat(page.select("main hgroup a").attr("href")).isEqualTo("/sessions/22");
		assertThat(page.select(".sources a").eachAttr("href"))
			.contains("https://www.coalitionfortheicc.org/news/all-you-need-know-ASP22");
	}

	@Test
	void beatrizBorgesStatementShowsCepazAndTheDayItWasDelivered() {
		Document page = page(this.mvc, "/statements/22/cooperation-cepaz");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Statement by Beatriz Borges (Centro de Justicia y Paz)");
		assertThat(fact(page, "Segment").text()).isEqualTo("Plenary on cooperation");
		assertThat(fact(page, "Date").text()).isEqualTo("8 December 2023");
		Element organizations = fact(page, "Organizations");
		assertThat(organizations.text()).isEqualTo("Centro de Justicia y Paz (CEPAZ)");
		assertThat(organizations.selectFirst("a").attr("href")).isEqualTo("/organizations/centro-de-justicia-y-paz");
		assertThat(page.select(".speakers a").eachAttr("href")).containsExactly("/people/beatriz-borges");
		assertThat(page.selectFirst("#summary-heading").parent().text())
			.contains("human rights defenders who are targeted for their work");
	}

	@Test
	void statementGivenAtASideEventLinksToItAndNamesTheSpeakersRole() {
		Document page = page(this.mvc, "/statements/22/side-event-closing-remarks");

		assertThat(fact(page, "Given at the side event").selectFirst("a").attr("href"))
			.isEqualTo("/sessions/22/side-events/hrd-side-event");
		assertThat(page.select(".speakers li").eachText()).containsExactly("Päivi Kaukoranta, ASP President");
	}

	@Test
	void quotedStatementShowsTheQuoteAndTheCountriesConcerned() {
		Document page = page(this.mvc, "/statements/21/ngovoices-ajar-myanmar");

		assertThat(page.selectFirst("blockquote").text())
			.startsWith("The ICC must prioritise the ongoing Bangladesh/Myanmar investigation");
		assertThat(fact(page, "Situations").selectFirst("a").attr("href"))
			.isEqualTo("/statements?situation=Bangladesh/Myanmar");
		assertThat(page.select(".countries a").eachAttr("href")).containsExactlyInAnyOrder("/states/myanmar",
				"/states/bangladesh");
		assertThat(fact(page, "Segment").text()).isEqualTo("Before the session");
	}

	@Test
	void libyaSituationFilterListsMehdiBenYoussefsStatement() {
		Document page = page(this.mvc, "/statements?situation=Libya");

		List<Element> rows = page.select("table tbody tr");
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.select("td").get(3).text()).contains("Libya"));
		Element mehdi = rows.stream()
			.map((row) -> row.selectFirst("th a"))
			.filter((link) -> link.attr("href").equals("/statements/22/cooperation-lfjl-arrests"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no statement by Mehdi Ben Youssef"));
		assertThat(mehdi.text()).startsWith("Mehdi Ben Youssef (Lawyers for Justice in Libya)");
		assertThat(page.selectFirst("#filter-situation option[selected]").attr("value")).isEqualTo("Libya");
	}

	@Test
	void listShowsDateSessionSegmentSpeakerSituationsAndExcerpt() {
		Document page = page(this.mvc, "/statements?session=22&segment=PLENARY_COOPERATION");

		assertThat(page.select("table thead th").eachText()).containsExactly("Date", "Session", "Segment", "Speaker",
				"Situations", "Excerpt");
		Element cepaz = page.select("table tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Beatriz Borges (Centro de Justicia y Paz)"))
			.findFirst()
			.orElseThrow();
		assertThat(cepaz.select("td").get(0).text()).isEqualTo("8 December 2023");
		assertThat(cepaz.select("td").get(1).text()).isEqualTo("22nd session (2023)");
		assertThat(cepaz.select("td").get(2).text()).isEqualTo("Plenary on cooperation");
		assertThat(cepaz.select("td").get(4).text()).startsWith("Delivered during the first segment");
		assertThat(page.select("table tbody tr td:nth-of-type(3)").eachText()).containsOnly("Plenary on cooperation");
	}

	@Test
	void filtersOfferOnlyTheValuesTheStatementsHave() {
		Document page = page(this.mvc, "/statements");

		assertThat(page.select("#filter-session option").eachAttr("value")).containsSubsequence("", "22", "21");
		assertThat(page.select("#filter-situation option").eachAttr("value")).contains("Libya", "Bangladesh/Myanmar")
			.doesNotHaveDuplicates();
		assertThat(page.select("#filter-segment option").eachText()).startsWith("All segments", "General debate");
		assertThat(page.select("#filter-organization option").eachAttr("value")).contains("centro-de-justicia-y-paz",
				"coalition-for-the-icc");
		assertThat(page.select("form.filters select"))
			.allSatisfy((select) -> assertThat(page.select("label[for=" + select.id() + "]")).hasSize(1));
	}

	@Test
	void organizationFilterListsItsStatementsOfBothSessions() {
		Document page = page(this.mvc, "/statements?organization=coalition-for-the-icc");

		assertThat(page.select("table tbody tr th a").eachAttr("href"))
			.containsExactlyInAnyOrder("/statements/22/closing-cicc", "/statements/21/ngovoices-cicc-budget");
	}

	@Test
	void unknownFilterValueSelectsNoStatements() {
		Document page = page(this.mvc, "/statements?situation=Atlantis");

		assertThat(page.select("table")).isEmpty();
		assertThat(page.selectFirst("p.empty").text()).isEqualTo("No statements are recorded for this selection.");
	}

	@Test
	void unknownSegmentIsABadRequest() {
		MvcTestResult result = Pages.exchange(this.mvc, "/statements?segment=NOPE");

		Pages.assertFriendlyError(result, 400, "This request cannot be answered");
	}

	@Test
	void unknownStatementOrSessionIsNotFound() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/statements/22/nope"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/statements/99/cooperation-cepaz"), 404, "Page not found");
	}

	@Test
	void sessionPageNamesWhoDeliveredEachStatement() {
		Document page = page(this.mvc, "/sessions/22");

		List<String> speakers = page.select("#statements-heading + ul li a").eachText();
		assertThat(speakers).contains("Beatriz Borges (Centro de Justicia y Paz)", "Costa Rica on behalf of 48 states",
				"Michael Kanu and Paul van den IJssel (Review Mechanism)", "Civil society representatives",
				"Yasmina Gourchane (CICC Review Team)");
	}

	/**
	 * The session's counts (one query for every kind), the page of statements it shows,
	 * then the names of their speakers and organizations in one query: none per
	 * statement. In a read-write transaction, where the counts kept between saves are not
	 * served, so that the counting query shows.
	 */
	@Test
	@Transactional
	void sessionPageLoadsItsStatementsWithTheirSpeakersInOneQuery() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/sessions/22")).hasStatusOk();

		List<String> issued = this.statements.statements()
			.stream()
			.filter((sql) -> sql.contains(" statement ") || sql.contains("statement_"))
			.toList();
		assertThat(issued).hasSize(3);
		assertThat(issued.get(0)).contains("count(*) from statement x");
		assertThat(issued.get(1)).contains("from statement x").contains("limit");
		assertThat(issued.get(2)).contains("statement_speaker").contains("statement_organization").contains("any(");
	}

	@Test
	void listAndStatementPagesCostAFixedNumberOfQueries() {
		// The list: the page's ids, their count, the page's statements with their
		// speakers and organizations, and four queries for the filters' values unless
		// they are kept since the last change. A statement: itself with its speakers and
		// organizations, the States on whose behalf, the countries: as many for 48
		// States as for one.
		// (The count too is kept when an earlier test read the list since the last
		// change.)
		assertThat(statementsIssued(this.mvc, this.statements, "/statements")).isIn(2, 3, 7);
		assertThat(statementsIssued(this.mvc, this.statements, "/statements?session=21")).isIn(3, 7);
		assertThat(statementsIssued(this.mvc, this.statements, "/statements/22/cooperation-costa-rica-joint"))
			.isEqualTo(3);
		assertThat(statementsIssued(this.mvc, this.statements, "/statements/22/review-mechanism-update")).isEqualTo(3);
	}

}
