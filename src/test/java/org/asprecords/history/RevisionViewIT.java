package org.asprecords.history;

import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Each revision in a record's history opens on what it changed, beside the revision
 * before. Revisions are written when a request commits, so this test is not rolled back:
 * it deletes what it made.
 */
@IntegrationTest
@WithMockUser(username = "test-editor", roles = "EDITOR")
class RevisionViewIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * An election's revision shows the votes of each of its rounds, read for all its
	 * rounds at once (the crawl of the admin pages bounds the statements).
	 */
	@Test
	void anElectionsRevisionShowsTheVotesOfEachRound() {
		long id = this.jdbc.sql("""
				select e.id from election e join assembly_session s on s.id = e.session_id
				where s.slug = '19-resumed-1' and e.slug = 'judges'""").query(Long.class).single();
		long revision = this.jdbc.sql("select min(rev) from election_aud where id = ?")
			.param(id)
			.query(Long.class)
			.single();

		String shown = page(this.mvc, "/admin/history/elections/" + id + "/" + revision).select("main").text();
		assertThat(shown).contains("85", "76", "83", "87", "86");
	}

	@Test
	void aBudgetsRevisionShowsItsLinesByMajorProgramme() {
		long id = this.jdbc.sql("select id from programme_budget where year = 2020").query(Long.class).single();
		long revision = this.jdbc.sql("select min(rev) from programme_budget_aud where id = ?")
			.param(id)
			.query(Long.class)
			.single();

		Element lines = row(page(this.mvc, "/admin/history/budgets/" + id + "/" + revision),
				"Appropriations by Major Programme");
		assertThat(lines.text()).contains("OFFICE_OF_THE_PROSECUTOR", "47383400.00", "HOST_STATE_LOAN", "3585100.00");
	}

	@Test
	void aRevisionShowsTheFieldsItChangedBesideTheirValuesBefore() {
		Pages.submit(this.mvc, "/admin/sessions/new", "slug", "test-revisions", "kind", "SPECIAL", "number", "92",
				"startDate", "2031-05-04", "startPrecision", "DAY", "venue", "A venue typed first", "sources",
				"Entered in a test");
		long id = id();
		Pages.submit(this.mvc, "/admin/sessions/" + id + "/edit", "slug", "test-revisions", "kind", "SPECIAL", "number",
				"92", "startDate", "2031-05-04", "startPrecision", "DAY", "venue", "A venue corrected", "city",
				"The Hague", "sources", "Entered in a test", "version", version(id));

		Document edit = page(this.mvc, "/admin/sessions/" + id + "/edit");
		List<String> revisions = edit.select("#history-heading ~ .table-wrap tbody td a").eachAttr("href");
		assertThat(revisions).hasSize(2);

		Document latest = page(this.mvc, revisions.get(0));
		assertThat(latest.selectFirst("h1").text()).isEqualTo("A revision of test-revisions");
		assertThat(latest.text()).contains("2 fields changed");
		Element venue = row(latest, "Venue");
		assertThat(venue.hasClass("changed")).isTrue();
		assertThat(venue.select("td").stream().map(Element::text).toList()).containsExactly("A venue typed first",
				"A venue corrected");
		assertThat(row(latest, "City").select("td").stream().map(Element::text).toList()).containsExactly("",
				"The Hague");
		assertThat(row(latest, "Slug").hasClass("changed")).isFalse();
		assertThat(latest.select("a").eachAttr("href")).contains(revisions.get(1));

		Document first = page(this.mvc, revisions.get(1));
		assertThat(first.text()).contains("The first revision");
		assertThat(row(first, "Venue").select("td").stream().map(Element::text).toList())
			.containsExactly("A venue typed first");
	}

	@Test
	void anUnknownRevisionOrKindIsAFriendlyNotFound() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/admin/history/sessions/1/999999999"), 404,
				"Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/admin/history/kittens/1/1"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/admin/history/sessions/x/1"), 400,
				"This request cannot be answered");
	}

	@AfterEach
	void deleteTheTestSession() {
		Long id = this.jdbc.sql("select id from assembly_session where slug = 'test-revisions'")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id != null) {
			Pages.submit(this.mvc, "/admin/trash/sessions/" + id, "version", version(id));
			this.mvc.post().uri("/admin/trash/empty").with(csrf()).with(user("test-admin").roles("ADMIN")).exchange();
		}
	}

	private static Element row(Document page, String field) {
		return page.select("table.revision tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th span").text().equals(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + field));
	}

	private long id() {
		return this.jdbc.sql("select id from assembly_session where slug = 'test-revisions'")
			.query(Long.class)
			.single();
	}

	private String version(long id) {
		return this.jdbc.sql("select version::text from assembly_session where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
