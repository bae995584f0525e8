package org.asprecords.resolution;

import org.asprecords.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code asp-reference-facts-2.md} adds, on the pages a visitor reads: resolutions
 * known only from the documents that cite them (sections 1a), the earlier resolutions a
 * resolution recalls, and what the sessions adopted (sections 0 and 1b).
 */
@IntegrationTest
class CitedResolutionPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aCitedResolutionShowsItsDateAndWhatTheDocumentCitingItSays() {
		Document page = page(this.mvc, "/resolutions/ICC-ASP/1/Res.6");
		assertThat(page.select("hgroup p").text()).isEqualTo("Title not recorded in the sources");
		assertThat(fact(page, "Session").text()).isEqualTo("1st session (2002)");
		assertThat(fact(page, "Adopted").text()).isEqualTo("9 September 2002");
		assertThat(fact(page, "How adopted").text()).isEqualTo("Not recorded");
		assertThat(page.select("section[aria-labelledby=summary-heading] p").text())
			.startsWith("Established the Trust Fund for Victims")
			.endsWith("as document ICC-ASP/5/28 recalls.");
		assertThat(page.select(".sources a").eachAttr("href"))
			.containsExactly("https://docslib.org/doc/4195637/icc-asp-5-28-english");

		Document undated = page(this.mvc, "/resolutions/ICC-ASP/3/Res.6");
		assertThat(undated.select("hgroup p").text())
			.isEqualTo("Procedure for the nomination and election of judges of the International Criminal Court");
		assertThat(fact(undated, "Adopted").text()).isEqualTo("Not recorded");
	}

	@Test
	void aResolutionListsTheEarlierOnesItRecallsAndTheyNameIt() {
		Document page = page(this.mvc, "/resolutions/ICC-ASP/15/Res.3");
		assertThat(page.select("section[aria-labelledby=references-heading] p").first().text())
			.startsWith("Refers to:");
		assertThat(page.select("section[aria-labelledby=references-heading] p").first().select("a").eachText())
			.containsExactlyInAnyOrder("ICC-ASP/6/Res.2", "ICC-ASP/8/Res.2", "ICC-ASP/9/Res.3", "ICC-ASP/10/Res.2",
					"ICC-ASP/11/Res.5", "ICC-ASP/12/Res.3", "ICC-ASP/13/Res.3", "ICC-ASP/14/Res.3");

		Document cited = page(this.mvc, "/resolutions/ICC-ASP/12/Res.3");
		assertThat(cited.select("section[aria-labelledby=summary-heading] p").text())
			.isEqualTo("Recalled in ICC-ASP/15/Res.3 as the resolution on cooperation.");
		assertThat(cited.select("section[aria-labelledby=references-heading] a").eachAttr("href"))
			.containsExactly("/resolutions/ICC-ASP/15/Res.3");
		assertThat(
				page(this.mvc, "/resolutions/ICC-ASP/6/Res.1").select("section[aria-labelledby=references-heading] a")
					.eachText())
			.containsExactlyInAnyOrder("ICC-ASP/4/Res.2", "ICC-ASP/5/Res.1");
	}

	@Test
	void sessionPagesShowWhatTheSessionsAdoptedAndTheirTopics() {
		Document twelfth = page(this.mvc, "/sessions/12");
		assertThat(twelfth.select("section[aria-labelledby=summary-heading] .topics a").eachText()).containsExactly(
				"Budget", "Cooperation", "Amendments", "Strengthening the Court and the Assembly", "Victims",
				"Governance");
		assertThat(twelfth.select("section[aria-labelledby=summary-heading]").text())
			.contains("It adopted eight resolutions, all by consensus");
		assertThat(twelfth.select(".sources a").eachAttr("href"))
			.contains("https://asp.icc-cpi.int/press-releases/PR967");

		Document resumed = page(this.mvc, "/sessions/1-resumed-2");
		assertThat(resumed.select("section[aria-labelledby=summary-heading]").text())
			.contains("It closed at its 12th meeting, on 23 April 2003");
		assertThat(resumed.select(".sources a").eachAttr("href"))
			.contains("https://press.un.org/en/2003/l3038.doc.htm");

		Document first = page(this.mvc, "/sessions/1");
		assertThat(fact(first, "Resolutions recorded").text()).isEqualTo("5");
	}

}
