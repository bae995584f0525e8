package org.asprecords.election;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elections in the JSON API carry the candidates and the votes of each round that their
 * pages show.
 */
@IntegrationTest
class ElectionApiIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theProsecutorsElectionHasKarimKhanWith72VotesInTheSecondRoundAsOnItsPage() throws Exception {
		Document page = Pages.page(this.mvc, "/elections/19-resumed-2/prosecutor");

		String body = body("/api/v1/elections/19-resumed-2/prosecutor");

		assertThat((String) JsonPath.read(body, "$.election.body")).isEqualTo("PROSECUTOR");
		assertThat((String) JsonPath.read(body, "$.candidates[0].person.name"))
			.isEqualTo(page.selectFirst("table#rounds tbody th[scope=row]").text());
		assertThat((List<Integer>) JsonPath.read(body, "$.candidates[0].votes")).containsExactly(59, 72);
		assertThat((List<Integer>) JsonPath.read(body, "$.candidates[1].votes")).containsExactly(47, 42);
		assertThat((List<Integer>) JsonPath.read(body, "$.rounds[*].number")).containsExactly(1, 2);
		assertThat((String) JsonPath.read(body, "$.candidates[0].outcome")).isEqualTo("ELECTED");
	}

	@Test
	void theListFiltersByBodyAsThePageDoes() throws Exception {
		Document page = Pages.page(this.mvc, "/elections?body=BUDGET_FINANCE_COMMITTEE");

		String body = body("/api/v1/elections?body=BUDGET_FINANCE_COMMITTEE");

		assertThat((List<String>) JsonPath.read(body, "$.items[*].body")).isNotEmpty()
			.containsOnly("BUDGET_FINANCE_COMMITTEE");
		List<String> links = JsonPath.read(body, "$.items[*].links.html");
		assertThat(page.select("main table tbody a[href^=/elections/]").eachAttr("href"))
			.containsExactlyElementsOf(links.stream().map((link) -> link.replace("http://localhost", "")).toList());
		assertThat(this.mvc.get().uri("/api/v1/elections?body=KINGS").accept(MediaType.APPLICATION_JSON))
			.hasStatus(400);
	}

	private String body(String uri) throws Exception {
		return this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange().getResponse().getContentAsString();
	}

}
