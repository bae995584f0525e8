package org.asprecords.session;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SessionPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theTwentySecondSessionPageShowsItsKeyFactsAndTheSixJudgesElected() {
		Document page = page(this.mvc, "/sessions/22");
		assertThat(page.select("h1").text()).isEqualTo("22nd session (2023)");
		assertThat(fact(page, "Dates").text()).isEqualTo("4–14 December 2023");
		assertThat(fact(page, "Place").text()).isEqualTo("United Nations Headquarters, New York, United States");
		assertThat(fact(page, "Approved budget for 2024").text()).isEqualTo("€187,084,300");
		assertThat(fact(page, "President of the Assembly").text()).isEqualTo("Silvia Fernández de Gurmendi");
		assertThat(page.select("#elections-heading + article a, section[aria-labelledby=elections-heading] li a")
			.eachText()).contains("Haykel Ben Mahfoudh", "Erdenebalsuren Damdin", "Nicolas Guillou", "Beti Hohler",
					"Iulia Antoanella Motoc", "Keebong Paek");
		assertThat(page.select("section[aria-labelledby=elections-heading] li").eachText())
			.contains("Päivi Kaukoranta (Finland), President");
	}

	@Test
	void everyOutcomeOfTheSessionLinksToItsOwnPage() {
		Document page = page(this.mvc, "/sessions/22");
		assertThat(page.select("section[aria-labelledby=resolutions-heading] tbody a").eachAttr("href")).hasSize(8)
			.contains("/resolutions/ICC-ASP/22/Res.1", "/resolutions/ICC-ASP/22/Res.8");
		assertThat(page.select("a[href^=/elections/22/]")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.select("a[href^=/statements/22/]")).isNotEmpty();
		assertThat(page.select("a[href^=/sessions/22/amendments/]")).hasSize(3);
		assertThat(page.select("a[href^=/sessions/22/side-events/]")).hasSize(1);
		assertThat(page.select("a[href^=/sessions/22/decisions/]").eachText())
			.anyMatch((title) -> title.contains("Committee on Budget and Finance"));
		assertThat(page.select("a[href=/states/armenia]")).isNotEmpty();
		for (String href : page.select("main a[href^=/]").eachAttr("href")) {
			assertThat(Pages.exchange(this.mvc, href).getResponse().getStatus()).as(href).isEqualTo(200);
		}
	}

	@Test
	void aResumedSessionLinksToTheSessionItResumed() {
		Document page = page(this.mvc, "/sessions/19-resumed-2");
		assertThat(page.select("h1").text()).isEqualTo("19th session, 2nd resumption (2021)");
		assertThat(fact(page, "Resumption of").select("a").attr("href")).isEqualTo("/sessions/19");
	}

	@Test
	void aSessionKnownOnlyToTheMonthSaysSo() {
		Document page = page(this.mvc, "/sessions/8-resumed");
		assertThat(fact(page, "Dates").text()).isEqualTo("March 2010");
	}

	@Test
	void theListShowsTheNewestSessionFirstAndPages() {
		Document first = page(this.mvc, "/sessions");
		assertThat(first.select("tbody th a").first().text()).isEqualTo("24th session (2025)");
		assertThat(first.select("tbody tr")).hasSize(20);
		Document second = page(this.mvc, "/sessions?page=2");
		assertThat(second.select("tbody th a").eachText()).contains("1st session (2002)");
		assertThat(first.select("section[aria-labelledby=presidents-heading] li a").eachText())
			.contains("Päivi Kaukoranta", "Christian Wenaweser");
	}

	@Test
	void unknownSessionsAndMalformedPagesGetFriendlyErrors() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/sessions/99"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/sessions?page=x"), 400, "This request cannot be answered");
	}

}
