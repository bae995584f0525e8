package org.asprecords.web;

import java.util.List;

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

	private List<String> reads() {
		return List.of("/admin/sessions", "/admin/sessions/new", "/admin/sessions/" + id("assembly_session") + "/edit",
				"/admin/resolutions", "/admin/resolutions/new", "/admin/resolutions/" + id("resolution") + "/edit",
				"/admin/budgets", "/admin/budgets/new", "/admin/budgets/" + id("programme_budget") + "/edit",
				"/admin/sessions/import", "/admin/sessions/" + id("assembly_session") + "/export", "/admin/statements",
				"/admin/statements/new", "/admin/statements/" + id("statement") + "/edit", "/admin/people",
				"/admin/people/new", "/admin/people/" + id("person") + "/edit", "/admin/states", "/admin/states/new",
				"/admin/states/" + id("state") + "/edit", "/admin/organizations", "/admin/organizations/new",
				"/admin/organizations/" + id("organization") + "/edit", "/admin/trash",
				"/admin/history/sessions/" + id("assembly_session") + "/" + firstRevision("assembly_session"),
				"/admin/elections", "/admin/elections/new", "/admin/elections/" + id("election") + "/edit");
	}

	private List<String> writes() {
		return List.of("/admin/sessions/new", "/admin/sessions/" + id("assembly_session") + "/edit",
				"/admin/resolutions/new", "/admin/resolutions/" + id("resolution") + "/edit", "/admin/budgets/new",
				"/admin/budgets/" + id("programme_budget") + "/edit", "/admin/sessions/import",
				"/admin/sessions/import/confirm", "/admin/statements/new",
				"/admin/statements/" + id("statement") + "/edit", "/admin/people/new",
				"/admin/people/" + id("person") + "/edit", "/admin/states/new",
				"/admin/states/" + id("state") + "/edit", "/admin/organizations/new",
				"/admin/organizations/" + id("organization") + "/edit", "/admin/trash/resolutions/" + id("resolution"),
				"/admin/trash/resolutions/" + id("resolution") + "/restore", "/admin/trash/empty",
				"/admin/elections/new", "/admin/elections/" + id("election") + "/edit");
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
		return this.jdbc
			.sql("select (select count(*) || '/' || coalesce(max(updated_at)::text, '') from assembly_session) || ' '"
					+ " || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from resolution) || ' '"
					+ " || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from programme_budget) || ' '"
					+ " || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from election) || ' '"
					+ " || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from statement) || ' '"
					+ " || (select count(*) from statement_speaker) || ' '"
					+ " || (select count(*) from statement_organization) || ' '"
					+ " || (select count(*) from statement_on_behalf_state) || ' '"
					+ " || (select count(*) from statement_country) || ' '"
					+ " || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from person) || ' '"
					+ " || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from state) || ' '"
					+ " || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from organization) || ' '"
					+ " || (select count(*) from candidacy) || ' ' || (select count(*) from election_round) || ' '"
					+ " || (select count(*) from round_vote) || ' ' || (select count(*) from revision)")
			.query(String.class)
			.single();
	}

}
