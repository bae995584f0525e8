package org.asprecords.web;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * Lists downloaded as CSV hold what the page shows, filters included, and a title a
 * spreadsheet would run as a formula is written so that it does not.
 */
@IntegrationTest
@Transactional
class CsvDownloadsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theResolutionsOfASessionAsOnTheFilteredPage() throws Exception {
		Document page = Pages.page(this.mvc, "/resolutions?session=22");
		String link = page.selectFirst("a[href^=/resolutions.csv]").attr("href");

		List<CSVRecord> rows = csv(link);

		assertThat(rows.get(0).values()).startsWith("symbol", "session");
		List<String> symbols = rows.stream().skip(1).map((row) -> row.get(0)).toList();
		assertThat(symbols).isEqualTo(page.select("main table tbody th a").eachText());
	}

	@Test
	void theResolutionsOfAPartOfASymbolAsOnThePage() throws Exception {
		Document page = Pages.page(this.mvc, "/resolutions?q=Res.4");
		List<String> listed = page.select("main table tbody th a").eachText();
		assertThat(listed).as("resolutions numbered 4").isNotEmpty().allMatch((symbol) -> symbol.endsWith("/Res.4"));
		String link = page.selectFirst("a[href^=/resolutions.csv]").attr("href");

		List<CSVRecord> rows = csv(link);

		assertThat(rows.stream().skip(1).map((row) -> row.get(0)).toList()).isEqualTo(listed);
	}

	@Test
	void aFormulaInATitleIsNeutralised() throws Exception {
		this.jdbc
			.sql("update resolution set title = '=HYPERLINK(\"http://example.org\",\"x\")'"
					+ " where symbol = 'ICC-ASP/22/Res.4'")
			.update();

		List<CSVRecord> rows = csv("/resolutions.csv?session=22");

		assertThat(
				rows.stream().filter((row) -> row.get(0).equals("ICC-ASP/22/Res.4")).findFirst().orElseThrow().get(3))
			.isEqualTo("'=HYPERLINK(\"http://example.org\",\"x\")");
	}

	@Test
	void theBudgetsWithExactAmounts() throws Exception {
		List<CSVRecord> rows = csv(Pages.page(this.mvc, "/budgets").selectFirst("a[href=/budgets.csv]").attr("href"));

		CSVRecord year2024 = rows.stream().filter((row) -> row.get(0).equals("2024")).findFirst().orElseThrow();
		assertThat(rows.get(0).get(5)).isEqualTo("approved_eur");
		assertThat(year2024.get(5)).isEqualTo("187084300.00");
		// The sources and the "about" mark the page shows
		assertThat(rows.get(0).get(9)).isEqualTo("approximate");
		assertThat(rows.get(0).get(10)).isEqualTo("sources");
		assertThat(year2024.get(10)).startsWith("http");
		Document page = Pages.page(this.mvc, "/budgets/2024");
		assertThat(page.select(".sources a").eachAttr("href")).contains(year2024.get(10).split("; ")[0]);
		assertThat(rows)
			.hasSize(1 + this.jdbc.sql("select count(*) from programme_budget").query(Integer.class).single());
	}

	@Test
	void everySessionInTheListOrder() throws Exception {
		assertListDownload("/sessions", "/api/v1/sessions", "slug", "name", "kind");
	}

	@Test
	void theElectionsOfABodyAsOnTheFilteredPage() throws Exception {
		List<CSVRecord> rows = assertListDownload("/elections?body=JUDGES", "/api/v1/elections?body=JUDGES", "session",
				"slug", "body");

		assertThat(column(rows, "body")).containsOnly("JUDGES");
	}

	@Test
	void theStatementsOfASessionAsOnTheFilteredPage() throws Exception {
		List<CSVRecord> rows = assertListDownload("/statements?session=22", "/api/v1/statements?session=22", "session",
				"slug", "delivered_on");

		assertThat(column(rows, "session")).containsOnly("22");
	}

	@Test
	void everyStatePersonAndOrganization() throws Exception {
		assertListDownload("/states", "/api/v1/states", "slug", "name", "party_since");
		assertListDownload("/people", "/api/v1/people", "slug", "name", "nationality");
		assertListDownload("/organizations", "/api/v1/organizations", "slug", "name", "acronym");
	}

	@Test
	void aDraftStatementIsLeftOut() throws Exception {
		String slug = this.jdbc.sql("""
				select x.slug from statement x join assembly_session s on s.id = x.session_id
				where s.slug = '22' order by x.id limit 1""").query(String.class).single();
		assertThat(column(csv("/statements.csv?session=22"), "slug")).contains(slug);

		this.jdbc
			.sql("update statement set published = false where slug = ? and session_id = "
					+ "(select id from assembly_session where slug = '22')")
			.param(slug)
			.update();

		List<CSVRecord> rows = csv("/statements.csv?session=22");
		assertThat(column(rows, "slug")).doesNotContain(slug);
		assertThat(rows).hasSize(1 + total("/api/v1/statements?session=22"));
	}

	@Test
	void aBadFilterIsAFriendlyBadRequest() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/elections.csv?body=NOBODY"), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/statements.csv?segment=NOWHERE"), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/resolutions.csv?topic=nothing"), 400,
				"This request cannot be answered");
	}

	@Test
	void everyMatchOfASearch() throws Exception {
		Document page = Pages.page(this.mvc, "/search?q=budget");
		List<CSVRecord> rows = csv(page.selectFirst("main a[href^=/search.csv]").attr("href"));

		String api = this.mvc.get()
			.uri("/api/v1/search?q=budget")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.getResponse()
			.getContentAsString();
		List<Integer> totals = JsonPath.read(api, "$.groups[*].total");
		assertThat(rows.get(0).values()).containsExactly("kind", "title", "session", "url");
		assertThat(rows).hasSize(1 + totals.stream().mapToInt(Integer::intValue).sum());
		assertThat(paths(rows)).containsAll(page.select("main ol.hits a").eachAttr("href"));
	}

	/**
	 * The list's own download link gives every record of the list as filtered (as many as
	 * the API counts), in the page's order, and starting with the columns given.
	 */
	private List<CSVRecord> assertListDownload(String page, String api, String... columns) throws Exception {
		Document list = Pages.page(this.mvc, page);
		List<CSVRecord> rows = csv(list.selectFirst("main a[href*=.csv]").attr("href"));

		assertThat(rows.get(0).values()).startsWith(columns).contains("url");
		assertThat(rows).as(page).hasSize(1 + total(api)).hasSizeGreaterThan(1);
		List<String> shown = list.select("main table tbody th a").eachAttr("href");
		assertThat(paths(rows).subList(0, shown.size())).isEqualTo(shown);
		return rows;
	}

	private int total(String api) throws Exception {
		String body = this.mvc.get()
			.uri(api)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.page.totalElements");
	}

	private static List<String> paths(List<CSVRecord> rows) {
		return column(rows, "url").stream().map((url) -> URI.create(url).getRawPath()).toList();
	}

	private static List<String> column(List<CSVRecord> rows, String name) {
		int index = rows.get(0).toList().indexOf(name);
		assertThat(index).as("column " + name).isNotNegative();
		return rows.stream().skip(1).map((row) -> row.get(index)).toList();
	}

	private List<CSVRecord> csv(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk().hasHeader("Content-Type", "text/csv;charset=UTF-8");
		return CSVFormat.RFC4180.parse(new StringReader(result.getResponse().getContentAsString())).getRecords();
	}

}
