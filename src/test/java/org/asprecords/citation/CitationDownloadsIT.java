package org.asprecords.citation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
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
 * The citation files of records the public may not see, of addresses that name no record,
 * and of a title full of characters that mean something to BibTeX. Changes to the records
 * are rolled back after each test.
 */
@IntegrationTest
@Transactional
class CitationDownloadsIT {

	/** Every character BibTeX or LaTeX reads as markup, braces unbalanced. */
	private static final String AWKWARD_TITLE = "Fund {A} 100% & $5 #1 under_score ~tilde ^caret \\backslash } {";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void aTitleWithBibtexSpecialCharactersReadsBackAsRecorded() throws Exception {
		this.jdbc.sql("update resolution set title = ? where symbol = 'ICC-ASP/22/Res.5'")
			.param(AWKWARD_TITLE)
			.update();

		Document page = Pages.page(this.mvc, "/resolutions/ICC-ASP/22/Res.5");
		assertThat(CitationPagesIT.citation(page)).contains("“" + AWKWARD_TITLE + "”");
		String bibtex = body("/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.5");

		assertThat(bibtex).contains("100\\% \\& \\$5 \\#1 under\\_score \\textasciitilde{}tilde "
				+ "\\textasciicircum{}caret \\textbackslash{}backslash \\textbraceright{} \\textbraceleft{}");
		Map<String, String> entry = BibtexReader.entry(bibtex);
		assertThat(entry).containsEntry("title", AWKWARD_TITLE).containsEntry("number", "ICC-ASP/22/Res.5");
		String csl = body("/cite/csl-json?record=/resolutions/ICC-ASP/22/Res.5");
		assertThat((String) JsonPath.read(csl, "$[0].title")).isEqualTo(AWKWARD_TITLE);
	}

	@Test
	void aStatementWhoseSpeakerIsNotRecordedIsCitedWithoutAnAuthor() throws Exception {
		String path = this.jdbc.sql("""
				select '/statements/' || s.slug || '/' || x.slug from statement x
				join assembly_session s on s.id = x.session_id where x.published order by x.id limit 1""")
			.query(String.class)
			.list()
			.get(0);
		long id = this.jdbc
			.sql("select x.id from statement x join assembly_session s on s.id = x.session_id"
					+ " where '/statements/' || s.slug || '/' || x.slug = ?")
			.param(path)
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from statement_speaker where statement_id = ?").param(id).update();
		this.jdbc.sql("delete from statement_organization where statement_id = ?").param(id).update();
		this.jdbc.sql("update statement set speaker_state_id = null, speaker_label = null where id = ?")
			.param(id)
			.update();
		this.entityManager.clear();

		Document page = Pages.page(this.mvc, path);
		String unknown = "Speaker not recorded";
		assertThat(page.text()).as("the page says so").contains(unknown);
		assertThat(CitationPagesIT.citation(page)).doesNotContain(unknown);
		Map<String, String> entry = BibtexReader.entry(body("/cite/bibtex?record=" + path));
		assertThat(entry).doesNotContainKey("author");
		String csl = body("/cite/csl-json?record=" + path);
		assertThat(JsonPath.<List<Object>>read(csl, "$[0][?(@.author)]")).isEmpty();
	}

	@Test
	void aDraftRecordHasNoCitation() {
		assertThat(get("/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4")).hasStatusOk();
		this.jdbc.sql("update resolution set published = false where symbol = 'ICC-ASP/22/Res.4'").update();
		this.entityManager.clear();

		Pages.assertFriendlyError(get("/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4"), 404, "Page not found");
		Pages.assertFriendlyError(get("/cite/csl-json?record=/resolutions/ICC-ASP/22/Res.4"), 404, "Page not found");
	}

	@Test
	void aTrashedRecordAndTheRecordsOfADraftSessionHaveNoCitation() {
		this.jdbc.sql("update decision set deleted_at = now() where slug = 'cbf-enlargement'").update();
		this.jdbc.sql("update assembly_session set published = false where slug = '23'").update();
		this.entityManager.clear();

		Pages.assertFriendlyError(get("/cite/csl-json?record=/sessions/22/decisions/cbf-enlargement"), 404,
				"Page not found");
		Pages.assertFriendlyError(get("/cite/bibtex?record=/sessions/23"), 404, "Page not found");
		Pages.assertFriendlyError(get("/cite/bibtex?record=/budgets/2025"), 404, "Page not found");
	}

	@Test
	void addressesOfNoRecordAreMalformedRequests() {
		for (String uri : new String[] { "/cite/bibtex", "/cite/bibtex?record=", "/cite/bibtex?record=sessions/22",
				"/cite/bibtex?record=/people/paivi-kaukoranta", "/cite/csl-json?record=/states/armenia",
				"/cite/bibtex?record=/sessions/22/unknown-kind/x", "/cite/bibtex?record=/budgets/2024.5",
				"/cite/bibtex?record=/budgets/99999999999", "/cite/bibtex?record=https://example.org/sessions/22" }) {
			Pages.assertFriendlyError(get(uri), 400, "This request cannot be answered");
		}
	}

	@Test
	void unknownRecordsAndFormatsAreNotFound() {
		for (String uri : new String[] { "/cite/pdf?record=/sessions/22", "/cite/bibtex?record=/sessions/no-such",
				"/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.99", "/cite/bibtex?record=/resolutions/ICC-ASP",
				"/cite/csl-json?record=/elections/22/nope", "/cite/bibtex?record=/statements/x/y",
				"/cite/bibtex?record=/sessions/22/side-events/nope", "/cite/bibtex?record=/budgets/1990" }) {
			Pages.assertFriendlyError(get(uri), 404, "Page not found");
		}
	}

	private String body(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
	}

}
