package org.asprecords.organization;

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

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.asprecords.support.Pages.statementsIssued;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization pages on the shipped records; the facts come from the CICC's summary
 * of the 22nd session: Beatriz Borges of the Centro de Justicia y Paz (CEPAZ), the CICC's
 * statement at the closing and its side event with Al Haq, Defiende Venezuela, FIDH and
 * Lawyers for Justice in Libya.
 */
@IntegrationTest
class OrganizationPagesIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SqlStatementCounter statements;

	@Test
	void cepazPageShowsItsAcronymAndBeatrizBorgesStatement() {
		Document page = page(this.mvc, "/organizations/centro-de-justicia-y-paz");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Centro de Justicia y Paz");
		assertThat(fact(page, "Acronym").text()).isEqualTo("CEPAZ");
		assertThat(fact(page, "Kind").text()).isEqualTo("Non-governmental organization");
		Element statement = page.selectFirst(".statements > li");
		assertThat(statement.selectFirst("a").attr("href")).isEqualTo("/statements/22/cooperation-cepaz");
		assertThat(statement.selectFirst("a").text()).isEqualTo("Beatriz Borges (Centro de Justicia y Paz)");
		assertThat(statement.text()).contains("8 December 2023");
	}

	@Test
	void coalitionPageShowsItsTeamItsStatementsAndTheSideEventItOrganized() {
		Document page = page(this.mvc, "/organizations/coalition-for-the-icc");

		assertThat(fact(page, "Acronym").text()).isEqualTo("CICC");
		assertThat(page.selectFirst("#members-heading").parent().select("a").eachAttr("href"))
			.containsExactly("/organizations/cicc-review-team");
		assertThat(page.select(".statements > li > a:first-child").eachAttr("href"))
			.containsExactlyInAnyOrder("/statements/22/closing-cicc", "/statements/21/ngovoices-cicc-budget");
		assertThat(page.selectFirst("#side-events-heading").parent().select("li > a:first-child").eachAttr("href"))
			.containsExactly("/sessions/22/side-events/hrd-side-event");
	}

	@Test
	void teamPageLinksToTheOrganizationItBelongsTo() {
		Document page = page(this.mvc, "/organizations/cicc-review-team");

		assertThat(fact(page, "Part of").selectFirst("a").attr("href"))
			.isEqualTo("/organizations/coalition-for-the-icc");
	}

	@Test
	void organizationBasedInAStateLinksToIt() {
		Document page = page(this.mvc, "/organizations/guinean-national-coalition-for-the-icc");

		assertThat(fact(page, "Based in").selectFirst("a").attr("href")).isEqualTo("/states/guinea");
	}

	@Test
	void listIsAlphabeticalWithAcronymKindAndCountry() {
		Document page = page(this.mvc, "/organizations");

		assertThat(page.select("table thead th").eachText()).containsExactly("Name", "Acronym", "Kind", "Based in");
		List<String> names = page.select("table tbody th").eachText();
		assertThat(names).contains("Centro de Justicia y Paz", "Coalition for the ICC")
			.extracting((name) -> name.charAt(0))
			.isSorted();
		Element cepaz = page.select("table tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Centro de Justicia y Paz"))
			.findFirst()
			.orElseThrow();
		assertThat(cepaz.select("td").eachText()).startsWith("CEPAZ", "Non-governmental organization");
	}

	@Test
	void unknownOrganizationIsNotFound() {
		MvcTestResult result = Pages.exchange(this.mvc, "/organizations/nope");

		Pages.assertFriendlyError(result, 404, "Page not found");
	}

	@Test
	void organizationPageCostsOneQueryForItAndOneOrTwoForEachListItShows() {
		// The first request counts what each list holds; that is kept until a save.
		statementsIssued(this.mvc, this.statements, "/organizations/coalition-for-the-icc");
		statementsIssued(this.mvc, this.statements, "/organizations/centro-de-justicia-y-paz");
		// Its parts, statements and side events; statements only. Statements and side
		// events are read through a join table: the page's ids on its index, then the
		// records.
		assertThat(statementsIssued(this.mvc, this.statements, "/organizations/coalition-for-the-icc")).isEqualTo(6);
		assertThat(statementsIssued(this.mvc, this.statements, "/organizations/centro-de-justicia-y-paz")).isEqualTo(3);
		// A page of the list: its rows; their number is kept between saves (counted
		// once).
		statementsIssued(this.mvc, this.statements, "/organizations");
		assertThat(statementsIssued(this.mvc, this.statements, "/organizations")).isEqualTo(1);
	}

}
