package org.asprecords.sitemap;

import java.net.URI;
import java.util.List;

import org.asprecords.search.RecentRecords;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.support.Sitemaps;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and caches get: a sitemap of every public page (each of which
 * answers), a robots.txt that keeps them out of the admin area, and ETags that spare a
 * repeated download.
 */
@IntegrationTest
@Transactional
class SitemapIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSitemapListsEveryPublicPageAndEachAnswers() throws Exception {
		List<String> locations = locations();

		long records = this.jdbc.sql("""
				select (select count(*) from assembly_session) + (select count(*) from resolution)
				     + (select count(*) from election) + (select count(*) from programme_budget)
				     + (select count(*) from statement) + (select count(*) from person) + (select count(*) from state)
				     + (select count(*) from organization)""").query(Long.class).single();
		assertThat(locations).hasSizeGreaterThan((int) records)
			.contains("http://localhost/sessions/22", "http://localhost/resolutions/ICC-ASP/22/Res.4",
					"http://localhost/budgets/2024", "http://localhost/people/paivi-kaukoranta",
					"http://localhost/open-data")
			.doesNotHaveDuplicates();
		for (String location : locations) {
			URI uri = URI.create(location);
			assertThat(this.mvc.get().uri(uri.getRawPath()).accept(MediaType.TEXT_HTML)).as(location).hasStatusOk();
		}
	}

	@Test
	void theIndexNamesTheListsAndEachKindsPartsOfBoundedSize() {
		List<String> parts = Sitemaps.parts(this.mvc);

		assertThat(parts).contains("http://localhost/sitemaps/lists.xml", "http://localhost/sitemaps/sessions/1.xml",
				"http://localhost/sitemaps/resolutions/1.xml", "http://localhost/sitemaps/people/1.xml");
		assertThat(Sitemaps.read(this.mvc, "/sitemaps/lists.xml").select("url > loc").eachText())
			.contains("http://localhost/", "http://localhost/resolutions", "http://localhost/open-data");
		for (String part : parts) {
			assertThat(Sitemaps.read(this.mvc, URI.create(part).getRawPath()).select("url")).as(part)
				.isNotEmpty()
				.hasSizeLessThanOrEqualTo(RecentRecords.SITEMAP_PART);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemaps/resolutions/2.xml", "/sitemaps/resolutions/0.xml",
			"/sitemaps/no-such-kind/1.xml", "/sitemaps/resolutions/99999999999.xml" })
	void aPartThatIsNotInTheIndexIsNotFound(String part) {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, part), 404, "Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/xml", "*/*" })
	void aPartsErrorPageIsLabelledHtmlHoweverARobotAsks(String accept) {
		Pages.assertFriendlyError(Pages.exchangeAccepting(this.mvc, accept, "/sitemaps/resolutions/2.xml"), 404,
				"Page not found");
	}

	@Test
	void aPartListsItsKindsRecordsByIdWithTheirLastChange() {
		Document sessions = Sitemaps.read(this.mvc, "/sitemaps/sessions/1.xml");
		long published = this.jdbc.sql("select count(*) from assembly_session where published and deleted_at is null")
			.query(Long.class)
			.single();

		assertThat(sessions.select("url > loc").eachText()).hasSize((int) published)
			.allSatisfy((location) -> assertThat(location).startsWith("http://localhost/sessions/"));
		assertThat(sessions.select("url > lastmod").eachText())
			.allSatisfy((day) -> assertThat(day).matches("\\d{4}-\\d{2}-\\d{2}"));
	}

	/**
	 * A sitemap lists at least one page: a part whose records are all drafts is left out
	 * of the index, and is not found, until one of them is published again.
	 */
	@Test
	void aPartOfDraftsOnlyIsLeftOutOfTheIndex() {
		String organizations = "http://localhost/sitemaps/organizations/1.xml";
		assertThat(Sitemaps.parts(this.mvc)).contains(organizations);

		this.jdbc.sql("update organization set published = false").update();
		assertThat(Sitemaps.parts(this.mvc)).doesNotContain(organizations)
			.contains("http://localhost/sitemaps/people/1.xml");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/sitemaps/organizations/1.xml"), 404, "Page not found");

		this.jdbc.sql("update organization set published = true where id = (select max(id) from organization)")
			.update();
		assertThat(Sitemaps.parts(this.mvc)).contains(organizations);
		assertThat(Sitemaps.read(this.mvc, "/sitemaps/organizations/1.xml").select("url")).hasSize(1);
	}

	@Test
	void aDraftIsNotInTheSitemap() throws Exception {
		this.jdbc.sql("update assembly_session set published = false where slug = '22'").update();

		assertThat(locations()).doesNotContain("http://localhost/sessions/22",
				"http://localhost/resolutions/ICC-ASP/22/Res.4");
	}

	@Test
	void robotsKeepOutOfTheAdminArea() throws Exception {
		String robots = this.mvc.get().uri("/robots.txt").exchange().getResponse().getContentAsString();

		assertThat(robots).contains("Disallow: /admin", "Sitemap: http://localhost/sitemap.xml");
	}

	@Test
	void aRepeatedRequestWithItsETagGetsNotModified() {
		MvcTestResult first = this.mvc.get().uri("/sessions/22").accept(MediaType.TEXT_HTML).exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		MvcTestResult again = this.mvc.get()
			.uri("/sessions/22")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();

		assertThat(again).hasStatus(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		MvcTestResult api = this.mvc.get().uri("/api/v1/sessions/22").exchange();
		assertThat(this.mvc.get()
			.uri("/api/v1/sessions/22")
			.header(HttpHeaders.IF_NONE_MATCH, api.getResponse().getHeader(HttpHeaders.ETAG))).hasStatus(304);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/open-data", "/open-data/asp-records-csv.zip", "/open-data/asp-records.json",
			"/resolutions.csv?session=22", "/states.csv", "/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4",
			"/feeds/all.atom" })
	void downloadsAreTheSameBytesUntilTheRecordsChangeAndAnswerNotModified(String download) {
		String etag = this.mvc.get().uri(download).exchange().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).as(download).isNotBlank();
		assertThat(this.mvc.get().uri(download).exchange().getResponse().getHeader(HttpHeaders.ETAG)).as(download)
			.isEqualTo(etag);

		assertThat(this.mvc.get().uri(download).header(HttpHeaders.IF_NONE_MATCH, etag)).as(download).hasStatus(304);
	}

	@Test
	void eachPageNamesItsFrenchAddress() throws Exception {
		Document sitemap = Sitemaps.read(this.mvc, "/sitemaps/sessions/1.xml");
		Element session = sitemap.select("url")
			.stream()
			.filter((url) -> url.selectFirst("loc").text().equals("http://localhost/sessions/22"))
			.findFirst()
			.orElseThrow();
		assertThat(session.select("[hreflang=fr]").eachAttr("href"))
			.containsExactly("http://localhost/sessions/22?lang=fr");
		assertThat(session.select("[hreflang=en]").eachAttr("href")).containsExactly("http://localhost/sessions/22");
		Document french = Pages.page(this.mvc, "/sessions/22?lang=fr");
		assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
	}

	private List<String> locations() {
		return Sitemaps.locations(this.mvc);
	}

}
