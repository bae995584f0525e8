package org.asprecords.resolution;

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
 * Resolutions in the JSON API: the same facts as their pages, the same tolerant symbol
 * lookup, filters as on the list, and no draft.
 */
@IntegrationTest
@Transactional
class ResolutionApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResolutionsJsonHasTheFactsOfItsPage() throws Exception {
		Document page = Pages.page(this.mvc, "/resolutions/ICC-ASP/22/Res.4");

		MvcTestResult json = json("/api/v1/resolutions/ICC-ASP/22/Res.4");

		assertThat(json).hasStatusOk();
		String body = json.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.resolution.symbol")).isEqualTo("ICC-ASP/22/Res.4");
		assertThat(page.selectFirst("main").text()).contains((String) JsonPath.read(body, "$.resolution.title"));
		assertThat((String) JsonPath.read(body, "$.resolution.session")).isEqualTo("22");
		List<String> sources = JsonPath.read(body, "$.sources");
		assertThat(sources).isNotEmpty();
		assertThat(page.select("main a").eachAttr("href"))
			.containsAll(sources.stream().filter((source) -> source.startsWith("http")).toList());
	}

	@Test
	void aSymbolTypedInAnyFormLeadsToTheResolution() {
		assertThat(json("/api/v1/resolutions/icc-asp-22-res-4")).hasStatus(301)
			.hasHeader("Location", "http://localhost/api/v1/resolutions/ICC-ASP/22/Res.4");
		assertThat(json("/api/v1/resolutions?q=asp 22 res 4")).hasStatus(302)
			.hasHeader("Location", "http://localhost/api/v1/resolutions/ICC-ASP/22/Res.4");
		assertThat(json("/api/v1/resolutions?q=ICC-ASP/22/Res.99")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theListFiltersAsThePageDoes() throws Exception {
		long ofSession22 = this.jdbc.sql("""
				select count(*) from resolution r join assembly_session s on s.id = r.session_id where s.slug = '22'""")
			.query(Long.class)
			.single();

		String body = json("/api/v1/resolutions?session=22").getResponse().getContentAsString();

		assertThat(((Number) JsonPath.read(body, "$.page.totalElements")).longValue()).isEqualTo(ofSession22);
		List<String> sessions = JsonPath.read(body, "$.items[*].session");
		assertThat(sessions).containsOnly("22");
		assertThat(json("/api/v1/resolutions?topic=no-such-topic")).hasStatus(400);
	}

	@Test
	void aDraftResolutionIsNotInTheApi() throws Exception {
		this.jdbc.sql("update resolution set published = false where symbol = 'ICC-ASP/22/Res.4'").update();

		assertThat(json("/api/v1/resolutions/ICC-ASP/22/Res.4")).hasStatus(404);
		List<String> symbols = JsonPath.read(json("/api/v1/resolutions?session=22").getResponse().getContentAsString(),
				"$.items[*].symbol");
		assertThat(symbols).isNotEmpty().doesNotContain("ICC-ASP/22/Res.4");
	}

	private MvcTestResult json(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
	}

}
