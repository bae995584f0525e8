package org.asprecords.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People, States, organizations and statements in the JSON API: each list is the list of
 * its page, each record names what its page names, and every record's JSON says where its
 * page is.
 */
@IntegrationTest
class RecordApiIT {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@CsvSource({ "/people/paivi-kaukoranta, $.person.name", "/states/armenia, $.state.name",
			"/organizations/coalition-for-the-icc, $.organization.name" })
	void aNamedRecordsJsonNamesItAsItsPageDoes(String path, String name) throws Exception {
		Document page = Pages.page(this.mvc, path);

		String body = body("/api/v1" + path);

		assertThat(page.selectFirst("h1").text()).contains((String) JsonPath.read(body, name));
		assertThat((String) JsonPath.read(body, name.replace(".name", ".links.html")))
			.isEqualTo("http://localhost" + path);
	}

	@ParameterizedTest
	@CsvSource({ "/people", "/states", "/organizations", "/statements" })
	void eachListIsTheListOfItsPage(String path) throws Exception {
		Document page = Pages.page(this.mvc, path);
		List<String> onPage = page.select("main table tbody a[href^=" + path + "/]")
			.eachAttr("href")
			.stream()
			.distinct()
			.toList();

		List<String> inJson = JsonPath.read(body("/api/v1" + path), "$.items[*].links.html");

		assertThat(inJson).isNotEmpty();
		assertThat(inJson.stream().map((link) -> link.replace("http://localhost", "")).toList())
			.containsExactlyElementsOf(onPage);
	}

	@Test
	void aStatementsJsonHasItsSpeakersAndSources() throws Exception {
		String first = JsonPath.read(body("/api/v1/statements"), "$.items[0].links.json");
		String body = body(first.replace("http://localhost", ""));
		String html = JsonPath.read(body, "$.statement.links.html");
		Document page = Pages.page(this.mvc, html.replace("http://localhost", ""));

		List<String> sources = JsonPath.read(body, "$.sources");
		assertThat(sources).isNotEmpty();
		assertThat(page.text()).contains(sources.get(0));
	}

	@Test
	void theSearchFindsWhatTheSearchPageFinds() throws Exception {
		Document page = Pages.page(this.mvc, "/search?q=paivi");

		String body = body("/api/v1/search?q=paivi");

		List<String> links = JsonPath.read(body, "$.groups[*].hits[*].links.html");
		assertThat(links).isNotEmpty();
		assertThat(page.select("main a").eachAttr("href"))
			.containsAll(links.stream().map((link) -> link.replace("http://localhost", "")).toList());
		List<String> matched = JsonPath.read(body, "$.groups[*].hits[*].matched[*]");
		assertThat(matched).anyMatch((word) -> word.equalsIgnoreCase("Päivi"));
	}

	@Test
	void theSearchSaysWhichSessionsItsQueryNamed() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/search?q={q}", "Palestine ASP22")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString();

		assertThat(JsonPath.<String>read(body, "$.query")).isEqualTo("Palestine ASP22");
		assertThat(JsonPath.<String>read(body, "$.words")).isEqualTo("Palestine");
		assertThat(JsonPath.<List<String>>read(body, "$.sessions")).containsExactly("22");
		List<String> statements = JsonPath.read(body, "$.groups[?(@.kind == 'STATEMENT')].hits[*].links.html");
		assertThat(statements).isNotEmpty().allMatch((link) -> link.contains("/statements/22/"));
	}

	@ParameterizedTest
	@CsvSource({ "/sessions/22", "/resolutions/ICC-ASP/22/Res.4", "/elections/19-resumed-2/prosecutor", "/budgets/2024",
			"/people/paivi-kaukoranta", "/states/armenia", "/organizations/coalition-for-the-icc", "/statements",
			"/resolutions?session=22" })
	void eachPageLinksToItsJsonAndItsCanonicalAddress(String path) {
		Document page = Pages.page(this.mvc, path + (path.contains("?") ? "&" : "?") + "lang=fr");

		String json = page.selectFirst("head link[rel=alternate][type=application/json]").attr("href");
		assertThat(json).isEqualTo("http://localhost/api/v1" + path);
		assertThat(this.mvc.get().uri(json.replace("http://localhost", "")).accept(MediaType.APPLICATION_JSON))
			.hasStatusOk();
		assertThat(page.selectFirst("head link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost" + path + (path.contains("?") ? "&" : "?") + "lang=fr");
	}

	@Test
	void unknownRecordsAreProblems() {
		for (String path : List.of("/api/v1/people/nobody", "/api/v1/states/atlantis", "/api/v1/organizations/none",
				"/api/v1/statements/22/none", "/api/v1/elections/22/none")) {
			MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange();
			assertThat(result).as(path).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	private String body(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

}
