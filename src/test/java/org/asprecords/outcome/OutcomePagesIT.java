package org.asprecords.outcome;

import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.support.SqlStatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.asprecords.support.Pages.statementsIssued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The pages of side events, amendments, policies and decisions on the shipped records;
 * the facts come from the CICC's summary of the 22nd session.
 */
@IntegrationTest
class OutcomePagesIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SqlStatementCounter statements;

	@Test
	void sideEventPageListsItsFiveOrganizersAndFiveCoSponsors() {
		Document page = page(this.mvc, "/sessions/22/side-events/hrd-side-event");

		assertThat(page.selectFirst("h1").text()).isEqualTo(
				"Protecting and Defending Human Rights Defenders and Civil Society: What role for the ICC States Parties and the Court?");
		assertThat(fact(page, "Date").text()).isEqualTo("7 December 2023");
		assertThat(fact(page, "Session").selectFirst("a").attr("href")).isEqualTo("/sessions/22");
		// by name, however they were entered
		assertThat(page.select(".organizers a").eachAttr("href")).containsExactly("/organizations/al-haq",
				"/organizations/coalition-for-the-icc", "/organizations/defiende-venezuela", "/organizations/fidh",
				"/organizations/lawyers-for-justice-in-libya");
		assertThat(page.select(".cosponsors a").eachText()).containsExactly("Chile", "Finland", "Ireland",
				"New Zealand", "South Africa");
		assertThat(page.select(".cosponsors a").eachAttr("href")).allMatch((href) -> href.startsWith("/states/"));
	}

	@Test
	void sideEventPageLinksToTheStatementsGivenAtIt() {
		Document page = page(this.mvc, "/sessions/22/side-events/hrd-side-event");

		assertThat(page.select(".statements > li > a:first-child").eachAttr("href")).containsExactlyInAnyOrder(
				"/statements/22/side-event-keynote", "/statements/22/side-event-closing-remarks");
		assertThat(page.select(".statements > li > a:first-child").eachText()).contains("Päivi Kaukoranta");
		assertThat(page.select(".sources a").eachAttr("href"))
			.contains("https://www.coalitionfortheicc.org/news/all-you-need-know-ASP22");
	}

	@Test
	void committeeEnlargementDecisionShowsTwelveToSeventeenSeatsAndTheChangePerGroup() {
		Document page = page(this.mvc, "/sessions/22/decisions/cbf-enlargement");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Enlargement of the Committee on Budget and Finance");
		assertThat(fact(page, "Kind of decision").text()).isEqualTo("Composition of a body");
		assertThat(fact(page, "Seats").text()).isEqualTo("12 → 17 seats");
		Element table = page.selectFirst("table.allocations");
		assertThat(table.selectFirst("caption")).isNotNull();
		assertThat(table.select("tbody tr"))
			.extracting((row) -> row.selectFirst("th").text(), (row) -> row.select("td").get(0).text(),
					(row) -> row.select("td").get(1).text())
			.containsExactly(tuple("African States", "4", "+2"), tuple("Asia-Pacific States", "3", "+1"),
					tuple("Eastern European States", "3", "+1"),
					tuple("Latin American and Caribbean States", "3", "+1"),
					tuple("Western European and other States", "4", "no change"));
		assertThat(table.select("tfoot td").eachText()).containsExactly("17", "+5");
		assertThat(fact(page, "Session").selectFirst("a").attr("href")).isEqualTo("/sessions/22");
	}

	@Test
	void decisionAdoptedByAResolutionLinksToIt() {
		Document page = page(this.mvc, "/sessions/22/decisions/session-duration");

		assertThat(fact(page, "Kind of decision").text()).isEqualTo("Working methods");
		assertThat(fact(page, "Adopting resolution").selectFirst("a").attr("href"))
			.isEqualTo("/resolutions/ICC-ASP/22/Res.3");
		assertThat(page.select("table.allocations")).isEmpty();
	}

	@Test
	void amendmentPageNamesTheInstrumentProvisionAndAdoptingResolution() {
		Document page = page(this.mvc, "/sessions/22/amendments/rome-statute-article-39");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Amendment to the Rome Statute, Article 39");
		assertThat(fact(page, "Instrument amended").text()).isEqualTo("Rome Statute");
		assertThat(fact(page, "Provision").text()).isEqualTo("Article 39");
		assertThat(fact(page, "Subject").text())
			.isEqualTo("Continuation of proceedings in the case of a permanent absence of a judge");
		assertThat(fact(page, "Adopting resolution").selectFirst("a").attr("href"))
			.isEqualTo("/resolutions/ICC-ASP/22/Res.2");
		assertThat(fact(page, "Adopted on").text()).isEqualTo("Not recorded");

		assertThat(page(this.mvc, "/sessions/22/amendments/rpe-judicial-notice").selectFirst("h1").text())
			.isEqualTo("Amendment to the Rules of Procedure and Evidence");
	}

	@Test
	void policyPageShowsItsResolutionAndSummary() {
		Document page = page(this.mvc, "/sessions/22/policies/tenure-policy");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Tenure policy for staff of the Court");
		assertThat(fact(page, "Adopting resolution").selectFirst("a").attr("href"))
			.isEqualTo("/resolutions/ICC-ASP/22/Res.7");
		assertThat(page.selectFirst("#summary-heading").parent().text()).contains("Independent Experts");

		Document guidelines = page(this.mvc, "/sessions/22/policies/security-guidelines");
		assertThat(fact(guidelines, "Adopted on").text()).isEqualTo("4 October 2023");
	}

	@Test
	void unknownOutcomeOrSessionIsNotFound() {
		List<String> unknown = List.of("/sessions/22/side-events/nope", "/sessions/99/side-events/hrd-side-event",
				"/sessions/22/amendments/nope", "/sessions/21/amendments/rome-statute-article-39",
				"/sessions/22/policies/nope", "/sessions/22/decisions/nope",
				"/sessions/nope/decisions/cbf-enlargement");
		for (String uri : unknown) {
			Pages.assertFriendlyError(Pages.exchange(this.mvc, uri), 404, "Page not found");
		}
	}

	@Test
	void outcomePagesCostAFixedNumberOfQueries() {
		assertThat(statementsIssued(this.mvc, this.statements, "/sessions/22/side-events/hrd-side-event")).isEqualTo(4);
		assertThat(statementsIssued(this.mvc, this.statements, "/sessions/22/decisions/cbf-enlargement")).isEqualTo(1);
		assertThat(statementsIssued(this.mvc, this.statements, "/sessions/22/amendments/rome-statute-article-39"))
			.isEqualTo(1);
		assertThat(statementsIssued(this.mvc, this.statements, "/sessions/22/policies/tenure-policy")).isEqualTo(1);
	}

}
