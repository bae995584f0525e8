package org.asprecords.state;

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
 * The State pages on the shipped records; the facts come from the CICC's summary of the
 * 22nd session (Armenia, the 124th State Party on 1 February 2024; the joint statement of
 * 48 States; the side event co-sponsored by Finland, Chile, Ireland, New Zealand and
 * South Africa).
 */
@IntegrationTest
class StatePagesIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SqlStatementCounter statements;

	@Test
	void armeniaIsThe124thStatePartySince1February2024() {
		Document page = page(this.mvc, "/states/armenia");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Armenia");
		assertThat(fact(page, "Order of joining").text()).isEqualTo("124th State Party");
		assertThat(fact(page, "State Party since").text()).isEqualTo("1 February 2024");
		assertThat(fact(page, "Ratified").text()).isEqualTo("14 November 2023");
		assertThat(fact(page, "Signed the Rome Statute").text()).isEqualTo("1 October 1999");
	}

	@Test
	void armeniaPageShowsItsAccessionAndTheStatementsItDeliveredAndThatConcernIt() {
		Document page = page(this.mvc, "/states/armenia");

		Element accessions = page.selectFirst("#accessions-heading").parent();
		assertThat(accessions.selectFirst("a").attr("href")).isEqualTo("/sessions/22");
		assertThat(accessions.text()).contains("became the 124th State Party on 1 February 2024");
		assertThat(page.select(".statements-delivered > li > a:first-child").eachAttr("href"))
			.containsExactly("/statements/22/general-debate-armenia");
		assertThat(page.select(".statements-concerning > li > a:first-child").eachAttr("href"))
			.contains("/statements/22/general-debate-states");
		assertThat(page.select(".sources a").eachAttr("href"))
			.contains("https://www.coalitionfortheicc.org/news/all-you-need-know-ASP22");
	}

	@Test
	void luxembourgPageListsTheJointStatementMadeOnItsBehalf() {
		Document page = page(this.mvc, "/states/luxembourg");

		assertThat(fact(page, "Also written").text()).isEqualTo("Luxemburg");
		Element joint = page.selectFirst(".statements-on-behalf > li");
		assertThat(joint.selectFirst("a").attr("href")).isEqualTo("/statements/22/cooperation-costa-rica-joint");
		assertThat(joint.selectFirst("a").text()).isEqualTo("Costa Rica on behalf of 48 states");
		assertThat(joint.text()).contains("Plenary on cooperation, 8 December 2023");
	}

	@Test
	void finlandPageShowsItsNationalsCandidaciesAndTheSideEventItCoSponsored() {
		Document page = page(this.mvc, "/states/finland");

		assertThat(page.selectFirst("#people-heading").parent().select("a").eachAttr("href"))
			.contains("/people/paivi-kaukoranta");
		List<Element> candidacies = page.select("#candidacies-heading + .table-wrap tbody tr");
		Element presidency = candidacies.stream()
			.filter((row) -> row.selectFirst("th a").attr("href").equals("/elections/22/assembly-presidency"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no candidacy in the election of the President"));
		assertThat(presidency.select("td").eachText()).containsExactly("Päivi Kaukoranta", "President", "Elected");
		assertThat(page.selectFirst("#side-events-heading").parent().select("li a").eachAttr("href"))
			.contains("/sessions/22/side-events/hrd-side-event");
	}

	@Test
	void stateStandingItselfInAnElectionShowsThatCandidacy() {
		Document page = page(this.mvc, "/states/belgium");

		List<String> elections = page.select("#candidacies-heading + .table-wrap tbody tr th a").eachAttr("href");
		assertThat(elections).contains("/elections/22/bureau");
	}

	@Test
	void listIsAlphabeticalWithMembershipColumns() {
		Document page = page(this.mvc, "/states");

		assertThat(page.select("table thead th").eachText()).containsExactly("State", "State Party since",
				"Order of joining", "Regional group");
		List<String> names = page.select("table tbody th").eachText();
		assertThat(names).hasSize(20).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		Element armenia = page.select("table tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Armenia"))
			.findFirst()
			.orElseThrow();
		assertThat(armenia.select("td").eachText()).startsWith("1 February 2024", "124th");
		assertThat(armenia.selectFirst("th a").attr("href")).isEqualTo("/states/armenia");
		assertThat(page.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/states?page=2");
	}

	@Test
	void unknownStateIsNotFound() {
		MvcTestResult result = Pages.exchange(this.mvc, "/states/atlantis");

		Pages.assertFriendlyError(result, 404, "Page not found");
	}

	@Test
	void statePageCostsOneQueryForTheStateAndOneOrTwoForEachListItShows() {
		for (String state : List.of("finland", "armenia", "zambia", "luxembourg")) {
			// The first request counts what each list holds; that is kept until a save.
			statementsIssued(this.mvc, this.statements, "/states/" + state);
			Document page = page(this.mvc, "/states/" + state);
			int lists = page.select("main section[aria-labelledby]:not(.sources)").size();
			// read through a join table: the page's ids on its index, then their records
			int joined = page.select("#statements-on-behalf-heading, #side-events-heading").size();

			assertThat(lists).as(state).isPositive();
			assertThat(statementsIssued(this.mvc, this.statements, "/states/" + state)).as(state)
				.isEqualTo(1 + lists + joined);
		}
		// A page of the list: its rows; their number is kept between saves (counted
		// once).
		statementsIssued(this.mvc, this.statements, "/states");
		assertThat(statementsIssued(this.mvc, this.statements, "/states?page=2")).isEqualTo(1);
	}

}
