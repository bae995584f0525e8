package org.asprecords.web;

import java.util.ArrayList;
import java.util.List;

import org.asprecords.kind.RecordKind;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach the forms that enter and correct records: strangers are sent to sign in
 * and change nothing; editors and admins may read and write; a write without its CSRF
 * token is refused.
 */
@IntegrationTest
@Transactional
class RecordFormsAccessIT {

	private static final RequestPostProcessor EDITOR = user("test-editor").roles("EDITOR");

	private static final RequestPostProcessor ADMIN = user("test-admin").roles("ADMIN");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void strangersAreSentToSignInForEveryFormAndWriteNothing() {
		String before = fingerprint();
		for (String route : reads()) {
			assertThat(this.mvc.get().uri(route).accept(MediaType.TEXT_HTML)).as(route)
				.hasStatus(302)
				.redirectedUrl()
				.endsWith("/login");
		}
		for (String route : writes()) {
			assertThat(this.mvc.post().uri(route).with(csrf()).param("slug", "x").param("symbol", "x")).as(route)
				.hasStatus(302)
				.redirectedUrl()
				.endsWith("/login");
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void editorsAndAdminsMayOpenEveryForm() {
		for (RequestPostProcessor who : List.of(EDITOR, ADMIN)) {
			for (String route : reads()) {
				MvcTestResult page = this.mvc.get().uri(route).with(who).accept(MediaType.TEXT_HTML).exchange();
				assertThat(page).as(route).hasStatusOk();
				if (page.getResponse().getContentType().startsWith(MediaType.TEXT_HTML_VALUE)) {
					// Each id once: labels, messages and aria-describedby point to one
					// control.
					List<String> ids = Pages.parse(page).select("[id]").eachAttr("id");
					assertThat(ids).as("ids on %s", route).doesNotHaveDuplicates();
				}
			}
		}
	}

	@Test
	void aWriteWithoutItsTokenIsRefusedWhoeverSendsItAndWritesNothing() {
		String before = fingerprint();
		for (RequestPostProcessor who : List.of(EDITOR, ADMIN)) {
			for (String route : writes()) {
				assertThat(this.mvc.post().uri(route).with(who).param("slug", "x").param("symbol", "x")).as(route)
					.hasStatus(403);
			}
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	/**
	 * Every kind's list, blank form, edit form and first revision, and the pages of
	 * sessions.
	 */
	private List<String> reads() {
		List<String> reads = new ArrayList<>(
				List.of("/admin/sessions/import", "/admin/sessions/" + id("assembly_session") + "/export",
						"/admin/sessions/" + id("assembly_session") + "/records", "/admin/trash"));
		for (RecordKind kind : RecordKind.values()) {
			String path = "/admin/" + kind.getPath();
			reads.addAll(List.of(path, path + "/new", path + "/" + id(kind.table()) + "/edit",
					"/admin/history/" + kind.getPath() + "/" + id(kind.table()) + "/" + firstRevision(kind.table())));
		}
		return reads;
	}

	/** Every kind's saves, and its moves to the trash and back. */
	private List<String> writes() {
		List<String> writes = new ArrayList<>(
				List.of("/admin/sessions/import", "/admin/sessions/import/confirm", "/admin/trash/empty"));
		for (RecordKind kind : RecordKind.values()) {
			String path = "/admin/" + kind.getPath();
			long id = id(kind.table());
			writes.addAll(List.of(path + "/new", path + "/" + id + "/edit", "/admin/trash/" + kind.getPath() + "/" + id,
					"/admin/trash/" + kind.getPath() + "/" + id + "/restore"));
		}
		return writes;
	}

	private long firstRevision(String table) {
		return this.jdbc.sql("select min(rev) from " + table + "_aud where id = (select min(id) from " + table + ")")
			.query(Long.class)
			.single();
	}

	private long id(String table) {
		return this.jdbc.sql("select min(id) from " + table).query(Long.class).single();
	}

	/** Counts and last changes of the tables the forms write. */
	private String fingerprint() {
		List<String> parts = new ArrayList<>();
		for (RecordKind kind : RecordKind.values()) {
			parts.add("(select count(*) || '/' || coalesce(max(updated_at)::text, '') from " + kind.table() + ")");
		}
		for (String rows : List.of("statement_speaker", "statement_organization", "statement_on_behalf_state",
				"statement_country", "candidacy", "election_round", "round_vote", "side_event_organizer",
				"side_event_cosponsor", "seat_allocation", "revision")) {
			parts.add("(select count(*) from " + rows + ")");
		}
		return this.jdbc.sql("select " + String.join(" || ' ' || ", parts)).query(String.class).single();
	}

}
