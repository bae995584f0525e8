package org.asprecords.session;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions in the JSON API carry the same facts as their pages, page through the list
 * with links, answer unknown addresses with a problem document, and never show a draft.
 */
@IntegrationTest
@Transactional
class SessionApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSessionsJsonHasTheFactsOfItsPage() throws Exception {
		Document page = Pages.page(this.mvc, "/sessions/22");
		List<String> resolutionLinks = page.select("main a[href^=/resolutions/ICC-ASP/22/]").eachAttr("href");

		MvcTestResult json = json("/api/v1/sessions/22");

		assertThat(json).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(json).bodyJson().extractingPath("$.session.slug").isEqualTo("22");
		assertThat(json).bodyJson().extractingPath("$.session.startDate").isEqualTo("2023-12-04");
		assertThat(json).bodyJson().extractingPath("$.session.endDate").isEqualTo("2023-12-14");
		String place = Pages.fact(page, "Place").text();
		assertThat(json).bodyJson().extractingPath("$.session.city").isEqualTo("New York");
		String venue = JsonPath.read(json.getResponse().getContentAsString(), "$.session.venue");
		assertThat(place).contains(venue, "New York");
		List<String> links = JsonPath.read(json.getResponse().getContentAsString(), "$.resolutions[*].links.html");
		assertThat(links).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(
					resolutionLinks.stream().map((link) -> "http://localhost" + link).toList());
		assertThat(json).bodyJson()
			.extractingPath("$.session.links.json")
			.isEqualTo("http://localhost/api/v1/sessions/22");
	}

	@Test
	void theListPagesWithLinksAndCountsEverySession() {
		long sessions = this.jdbc.sql("select count(*) from assembly_session").query(Long.class).single();

		MvcTestResult first = json("/api/v1/sessions");

		assertThat(first).bodyJson().extractingPath("$.page.totalElements").isEqualTo((int) sessions);
		assertThat(first).bodyJson().extractingPath("$.page.number").isEqualTo(1);
		assertThat(first).bodyJson()
			.extractingPath("$.links.next")
			.isEqualTo("http://localhost/api/v1/sessions?page=2");
		assertThat(json("/api/v1/sessions?page=2")).bodyJson()
			.extractingPath("$.links.prev")
			.isEqualTo("http://localhost/api/v1/sessions?page=1");
	}

	@Test
	void unknownOrMalformedAddressesGetProblemDocuments() {
		MvcTestResult missing = json("/api/v1/sessions/no-such-session");
		assertThat(missing).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(missing).bodyJson().extractingPath("$.status").isEqualTo(404);
		assertThat(missing).bodyJson().extractingPath("$.detail").isEqualTo("No record answers to this address.");

		MvcTestResult malformed = json("/api/v1/sessions?page=two");
		assertThat(malformed).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aDraftSessionIsNotInTheApi() {
		this.jdbc.sql("update assembly_session set published = false where slug = '22'").update();

		assertThat(json("/api/v1/sessions/22")).hasStatus(404);
		assertThat(json("/api/v1/sessions?page=1")).bodyJson()
			.extractingPath("$.items[*].slug")
			.asArray()
			.doesNotContain("22");
	}

	private MvcTestResult json(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
	}

}
