package org.asprecords.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the tests of session files do as an editor: download a session's file, upload one,
 * confirm a preview, read the refusal, and count what the database holds.
 */
final class SessionFiles {

	private SessionFiles() {
	}

	/**
	 * Uploads a file for a preview.
	 * @param language {@code "fr"} for the French page (asked with {@code ?lang=fr}), or
	 * null for English
	 */
	static MvcTestResult upload(MockMvcTester mvc, String name, byte[] content, String language) {
		return mvc.post()
			.uri("/admin/sessions/import" + ((language != null) ? "?lang=" + language : ""))
			.multipart()
			.file(new MockMultipartFile("file", name, "application/json", content))
			.with(csrf())
			.accept(MediaType.TEXT_HTML)
			.exchange();
	}

	static MvcTestResult upload(MockMvcTester mvc, String name, String content, String language) {
		return upload(mvc, name, content.getBytes(StandardCharsets.UTF_8), language);
	}

	/**
	 * Posts a confirmation as the preview's form does.
	 * @param acceptLanguage the browser's language ({@code "fr"}), or null for English
	 */
	static MvcTestResult confirm(MockMvcTester mvc, String document, String fingerprint, String acceptLanguage) {
		return mvc.post()
			.uri("/admin/sessions/import/confirm")
			.multipart()
			.param("document", document)
			.param("name", "session.json")
			.param("fingerprint", fingerprint)
			.header("Accept-Language", (acceptLanguage != null) ? acceptLanguage : "en")
			.with(csrf())
			.accept(MediaType.TEXT_HTML)
			.exchange();
	}

	/** The message of the upload page, which must be shown again with it. */
	static String refusal(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.select("form[action^=/admin/sessions/import] input[type=file]")).hasSize(1);
		assertThat(page.select("#file").attr("aria-describedby")).contains("file-error");
		return page.select("#file-error").text();
	}

	static String export(MockMvcTester mvc, JdbcClient jdbc, String slug) {
		long id = jdbc.sql("select id from assembly_session where slug = ?").param(slug).query(Long.class).single();
		return new String(
				mvc.get().uri("/admin/sessions/{id}/export", id).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	/**
	 * Counts of every table a session file writes, their last changes, and the revisions.
	 */
	static String rows(JdbcClient jdbc) {
		StringBuilder rows = new StringBuilder();
		for (String table : List.of("assembly_session", "state", "person", "organization", "assembly_president",
				"resolution", "election", "programme_budget", "statement", "side_event", "amendment", "policy",
				"decision", "accession")) {
			rows.append(jdbc.sql("select count(*) || '/' || coalesce(max(updated_at)::text, '') || ' ' from " + table)
				.query(String.class)
				.single());
		}
		for (String table : List.of("candidacy", "election_round", "round_vote", "statement_speaker",
				"statement_country", "resolution_reference", "revision")) {
			rows.append(jdbc.sql("select count(*) from " + table).query(Long.class).single()).append(' ');
		}
		return rows.toString();
	}

}
