package org.asprecords.kind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;

import org.asprecords.db.Visibility;
import org.asprecords.search.SearchKind;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Sitemaps;
import org.asprecords.web.RecordPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of record in the registry is everywhere a visitor, a program or a search
 * engine looks for it: a published record of the kind, at the address the registry gives
 * ({@link RecordKind#page()}), answers with an ETag and a 304 when asked again, links its
 * JSON twin, which answers; it is in the sitemap beside its list and in the open data CSV
 * files, and the site search finds it among its kind. A kind added to the registry and
 * forgotten in one of those places fails here.
 */
@IntegrationTest
class EveryKindEverywhereIT {

	private static final String ROOT = "http://localhost";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(RecordKind.class)
	void aRecordOfEachKindIsReachedEverywhere(RecordKind kind) throws Exception {
		String list = kind.collection().path();
		assertThat(this.mvc.get().uri(list).accept(MediaType.TEXT_HTML)).as(list).hasStatusOk();
		var locations = Sitemaps.locations(this.mvc);
		assertThat(locations).as("the sitemap").contains(ROOT + list);
		if (kind.page().isEmpty()) {
			assertThat(SearchKind.of(kind)).as("a kind without pages of its own is not searched").isEmpty();
			return;
		}
		RecordPaths.Page page = kind.page().get();
		Sample sample = sample(kind, page);
		String path = sample.path();

		MvcTestResult html = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(html).as(path).hasStatusOk();
		String etag = html.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).as("the ETag of " + path).isNotBlank();
		assertThat(this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).header(HttpHeaders.IF_NONE_MATCH, etag))
			.as(path + " asked again")
			.hasStatus(304);

		Element json = Jsoup.parse(html.getResponse().getContentAsString())
			.selectFirst("link[rel=alternate][type=application/json]");
		assertThat(json).as("the JSON link of " + path).isNotNull();
		assertThat(json.attr("href")).isEqualTo(ROOT + "/api/v1" + path);
		assertThat(this.mvc.get().uri(URI.create(json.attr("href")).getRawPath())).as(json.attr("href"))
			.hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);

		assertThat(locations).as("the sitemap").contains(ROOT + path);
		assertThat(openDataCsv()).as("the open data CSV files").contains(ROOT + path);

		SearchKind searched = SearchKind.of(kind).orElseThrow();
		String word = sample.word();
		String found = this.mvc.get()
			.uri("/search.csv?q={word}&kind={kind}", word, searched.name())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(found).as("a search for " + word + " among " + searched).contains(ROOT + path);
	}

	/** Every CSV file of the open data archive, one after the other. */
	private String openDataCsv() throws IOException {
		byte[] archive = this.mvc.get()
			.uri("/open-data/asp-records-csv.zip")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder files = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			while (zip.getNextEntry() != null) {
				files.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(files).as("the open data CSV files").isNotEmpty();
		return files.toString();
	}

	/**
	 * The first published record of the kind with a word to search it by: its longest (a
	 * number would be read as the session held that year) that a search reads as itself.
	 * The index holds English stems ("profession", of "professional"), which are not all
	 * the stem of themselves ("profession" is searched as "profess"). The shipped records
	 * must have one.
	 */
	private Sample sample(RecordKind kind, RecordPaths.Page page) {
		boolean inSession = page.sql().contains(" s.");
		String from = kind.table() + " x" + (inSession ? " join assembly_session s on s.id = x.session_id" : "");
		String visible = inSession ? Visibility.of("x", "s") : Visibility.of("x", false);
		return this.jdbc.sql("""
				select %s path, w.word from %s
				join lateral (select v.lexeme word from unnest(x.search_vector) v where v.lexeme ~ '^[a-z]{4,}$'
				                and plainto_tsquery('portal_english', v.lexeme)::text = quote_literal(v.lexeme)
				              order by length(v.lexeme) desc, v.lexeme limit 1) w on true
				where %s order by x.id limit 1""".formatted(page.sql(), from, visible))
			.query(Sample.class)
			.optional()
			.orElseThrow(() -> new AssertionError("The shipped records hold no published " + kind));
	}

	record Sample(String path, String word) {
	}

}
