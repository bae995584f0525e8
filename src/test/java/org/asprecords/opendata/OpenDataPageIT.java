package org.asprecords.opendata;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data page documents every file of the CSV archive with exactly the columns the
 * file has, in both languages, its links answer, and every public page leads to it.
 */
@IntegrationTest
class OpenDataPageIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyFileOfTheArchiveIsDocumentedWithItsColumns() throws Exception {
		Map<String, List<String>> headers = archiveHeaders();
		Document page = Pages.page(this.mvc, "/open-data");

		Map<String, List<String>> documented = new LinkedHashMap<>();
		for (Element file : page.select("#csv section")) {
			documented.put(file.selectFirst("h3").text(), file.select("tbody th code").eachText());
			assertThat(file.select("tbody td")).as(file.selectFirst("h3").text())
				.allSatisfy((meaning) -> assertThat(meaning.text()).isNotBlank().doesNotContain("??"));
		}
		assertThat(documented).isEqualTo(headers);
	}

	/**
	 * The page says how many records of each kind the public sees, and which sessions
	 * have their resolutions recorded; a draft leaves both, and the home page links here.
	 */
	@Test
	@Transactional
	void thePageSaysWhatTheRecordHoldsAndWhichSessionsHaveResolutions() {
		Document page = Pages.page(this.mvc, "/open-data");
		Map<String, String> counts = new LinkedHashMap<>();
		page.select("#coverage tbody tr")
			.forEach((row) -> counts.put(row.selectFirst("th").text(), row.selectFirst("td").text()));
		// in the order of kinds, the same on every start (and every instance)
		assertThat(counts.keySet()).startsWith("Sessions", "Resolutions", "Elections", "Programme budgets")
			.endsWith("People", "States", "Organizations");
		assertThat(counts).hasSize(14)
			.containsEntry("Sessions", "37")
			.containsEntry("Presidents of the Assembly", "8")
			.containsEntry("Resolutions", Pages.fact(Pages.page(this.mvc, "/"), "Resolutions recorded").text());
		List<String> withResolutions = page.select("#coverage ul a").eachAttr("href");
		assertThat(withResolutions).contains("/sessions/14", "/sessions/22")
			.doesNotContain("/sessions/2", "/sessions/24")
			.hasSameElementsAs(this.jdbc
				.sql("""
						select distinct '/sessions/' || s.slug from resolution r join assembly_session s on s.id = r.session_id
						where r.published and r.deleted_at is null and s.published and s.deleted_at is null""")
				.query(String.class)
				.list());
		assertThat(page.select("#coverage p").eachText())
			.contains("Resolutions are recorded for " + withResolutions.size() + " of the 37 sessions:");

		this.jdbc.sql("update resolution set published = false where symbol like 'ICC-ASP/14/%'").update();
		Document draft = Pages.page(this.mvc, "/open-data");
		assertThat(draft.select("#coverage ul a").eachAttr("href")).doesNotContain("/sessions/14");
		assertThat(Pages.page(this.mvc, "/").select("a[href=/open-data#coverage]")).hasSize(1);
	}

	@Test
	void thePageReadsInFrenchWithoutAMissingMessage() {
		Document page = Pages.page(this.mvc, "/open-data?lang=fr");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Données ouvertes");
		assertThat(page.text()).doesNotContain("??");
		assertThat(page.selectFirst("a[rel=license]").attr("href"))
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/deed.fr");
	}

	@Test
	void itsLinksAnswerAndTheLicenceIsNamed() throws Exception {
		Document page = Pages.page(this.mvc, "/open-data");

		Element licence = page.selectFirst("#licence a[rel=license]");
		assertThat(licence.attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(licence.text()).contains("CC BY 4.0");
		assertThat(page.select("#feeds h2").text()).isEqualTo("Feeds");
		List<String> links = page.select("main a[href^=/]").eachAttr("href");
		assertThat(links).contains("/api", "/v3/api-docs", "/open-data/asp-records.json",
				"/open-data/asp-records-csv.zip", "/open-data/FORMAT.md", "/sessions.csv", "/people.csv");
		for (String link : links) {
			MvcTestResult result = this.mvc.get().uri(link).exchange();
			if (link.equals("/api")) {
				assertThat(result).as(link).hasStatus3xxRedirection();
				assertThat(this.mvc.get().uri(result.getResponse().getRedirectedUrl())).as(link).hasStatusOk();
			}
			else {
				assertThat(result).as(link).hasStatusOk();
			}
		}
		assertThat(this.mvc.get().uri("/open-data/FORMAT.md").exchange().getResponse().getContentAsString())
			.contains("asp-records/1");
	}

	@Test
	void theNavigationAndTheFooterOfEveryPublicPageLinkToIt() {
		for (String page : List.of("/", "/resolutions/ICC-ASP/22/Res.4", "/search?q=budget")) {
			Document shown = Pages.page(this.mvc, page);
			assertThat(shown.select("footer a[href=/open-data]")).as(page).hasSize(1);
			assertThat(shown.select("header nav a[href=/open-data]").text()).as(page).isEqualTo("Open data");
		}
	}

	private Map<String, List<String>> archiveHeaders() throws Exception {
		byte[] zip = this.mvc.get()
			.uri("/open-data/asp-records-csv.zip")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = entries.getNextEntry()) != null) {
				String text = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
				headers.put(entry.getName(),
						CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().get(0).toList());
			}
		}
		return headers;
	}

}
