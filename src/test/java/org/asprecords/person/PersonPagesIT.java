package org.asprecords.person;

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
 * The people pages on the shipped records; the facts come from the CICC's summary of the
 * 22nd session: Ambassador Päivi Kaukoranta (Finland) was elected President of the
 * Assembly by acclamation and gave the closing remarks of the side event on human rights
 * defenders on 7 December 2023.
 */
@IntegrationTest
class PersonPagesIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SqlStatementCounter statements;

	@Test
	void paiviKaukorantaPageShowsHerTitleAndNationality() {
		Document page = page(this.mvc, "/people/paivi-kaukoranta");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Päivi Kaukoranta");
		assertThat(fact(page, "Title").text()).isEqualTo("Ambassador");
		assertThat(fact(page, "Nationality").selectFirst("a").attr("href")).isEqualTo("/states/finland");
		assertThat(page.select(".sources a").eachAttr("href"))
			.contains("https://www.coalitionfortheicc.org/news/all-you-need-know-ASP22");
	}

	@Test
	void paiviKaukorantaPageListsHerElectionAsPresidentOfTheAssembly() {
		Document page = page(this.mvc, "/people/paivi-kaukoranta");

		Element candidacy = page.select("#candidacies-heading + .table-wrap tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th a").attr("href").equals("/elections/22/assembly-presidency"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no candidacy in the election of the President"));
		assertThat(candidacy.selectFirst("th a").text()).endsWith(", 22nd session (2023)");
		assertThat(candidacy.select("td").eachText()).containsExactly("President", "Elected");

		Element presidency = page.selectFirst(".presidencies li");
		assertThat(presidency.select("a").eachAttr("href")).contains("/sessions/23", "/sessions/24");
		assertThat(presidency.text()).contains("Elected at the twenty-second session for a mandate from 2024 to 2026");
	}

	@Test
	void paiviKaukorantaPageListsHerRemarksAtTheSideEvent() {
		Document page = page(this.mvc, "/people/paivi-kaukoranta");

		Element remarks = page.select(".statements > li")
			.stream()
			.filter((item) -> item.selectFirst("a").attr("href").equals("/statements/22/side-event-closing-remarks"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no side-event remarks"));
		assertThat(remarks.text()).startsWith("Päivi Kaukoranta, as ASP President (Side event, 7 December 2023)");
		assertThat(remarks.select("a").eachAttr("href")).endsWith("/sessions/22");
	}

	@Test
	void speakerOfAJointStatementSeesEveryoneWhoDeliveredIt() {
		Document page = page(this.mvc, "/people/michael-kanu");

		Element update = page.selectFirst(".statements > li");
		assertThat(update.selectFirst("a").text()).isEqualTo("Michael Kanu and Paul van den IJssel (Review Mechanism)");
		assertThat(update.text())
			.contains(", as Co-lead of the Review Mechanism (Plenary on the Review, 13 December 2023)");
	}

	@Test
	void listIsAlphabeticalAndPaged() {
		Document page = page(this.mvc, "/people");

		List<String> names = page.select("table tbody th").eachText();
		assertThat(names).hasSize(20);
		assertThat(names).extracting((name) -> name.charAt(0)).isSorted();
		assertThat(page.select("table tbody th a").eachAttr("href")).allMatch((href) -> href.startsWith("/people/"));
		assertThat(page.selectFirst("nav.pagination p").text()).startsWith("Page 1 of ");
	}

	@Test
	void unknownPersonIsNotFound() {
		MvcTestResult result = Pages.exchange(this.mvc, "/people/nobody-at-all");

		Pages.assertFriendlyError(result, 404, "Page not found");
	}

	@Test
	void personPageCostsOneQueryForThePersonAndOneForEachListItShows() {
		// The first request counts what each list holds; that is kept until a save.
		statementsIssued(this.mvc, this.statements, "/people/paivi-kaukoranta");
		statementsIssued(this.mvc, this.statements, "/people/beatriz-borges");
		// Presidencies, candidacies, statements; statements only.
		assertThat(statementsIssued(this.mvc, this.statements, "/people/paivi-kaukoranta")).isEqualTo(4);
		assertThat(statementsIssued(this.mvc, this.statements, "/people/beatriz-borges")).isEqualTo(2);
		// A page of the list: its rows; their number is kept between saves (counted
		// once).
		statementsIssued(this.mvc, this.statements, "/people");
		assertThat(statementsIssued(this.mvc, this.statements, "/people?page=2"))
			.isEqualTo(statementsIssued(this.mvc, this.statements, "/people?page=5"))
			.isEqualTo(1);
	}

}
