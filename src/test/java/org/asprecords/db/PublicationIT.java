package org.asprecords.db;

import java.util.ArrayList;
import java.util.List;

import org.asprecords.support.AdminForms;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published record never names a record the public does not see: the "Published" switch
 * refuses, beside itself, to publish a record that refers to a draft, or to make a draft
 * of a record published ones refer to, and saves nothing. Not one transaction: a refusal
 * must roll back what the editor had already written, as it does for an admin, so each
 * test puts back what it changed.
 */
@IntegrationTest
@WithMockUser(roles = "EDITOR")
class PublicationIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private final List<String> undo = new ArrayList<>();

	@AfterEach
	void putBack() {
		this.undo.forEach((sql) -> this.jdbc.sql(sql).update());
	}

	@Test
	void aBudgetCannotBePublishedWithADraftResolutionButCanBeSavedAsADraft() {
		this.jdbc.sql("update resolution set published = false where symbol = 'ICC-ASP/23/Res.6'").update();
		this.undo.add("delete from programme_budget where year = 2033");
		this.undo.add("update resolution set published = true where symbol = 'ICC-ASP/23/Res.6'");
		long before = AdminForms.count(this.jdbc, "programme_budget");

		MvcTestResult refused = Pages.submit(this.mvc, "/admin/budgets/new", "year", "2033", "session", "23",
				"resolution", "ICC-ASP/23/Res.6", "published", "true", "_published", "on", "sources", "A test");

		assertThat(refused).hasStatusOk();
		Document form = Pages.parse(refused);
		assertThat(form.select("#published-error").text())
			.startsWith("It cannot be published while it refers to records that are drafts or in the trash")
			.contains("(resolutions: 1)");
		assertThat(form.select("#published").attr("aria-describedby")).contains("published-error");
		assertThat(AdminForms.count(this.jdbc, "programme_budget")).isEqualTo(before);

		MvcTestResult draft = Pages.submit(this.mvc, "/admin/budgets/new", "year", "2033", "session", "23",
				"resolution", "ICC-ASP/23/Res.6", "_published", "on", "sources", "A test");

		assertThat(draft).hasStatus3xxRedirection();
		assertThat(
				this.jdbc.sql("select published from programme_budget where year = 2033").query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void aResolutionPublishedBudgetsReferToCannotBecomeADraft() {
		long id = id("select id from resolution where symbol = 'ICC-ASP/22/Res.4'");
		String edit = "/admin/resolutions/" + id + "/edit";

		Document form = Pages.parse(unpublish(edit));

		assertThat(form.select("#published-error").text())
			.startsWith("It cannot become a draft while published records refer to it")
			.contains("(programme budgets: 1)");
		assertThat(published("resolution", id)).isTrue();
		assertThat(Pages.exchange(this.mvc, "/resolutions/ICC-ASP/22/Res.4")).hasStatusOk();
	}

	@Test
	void aResolutionCannotBePublishedReferringToADraftOne() {
		long draft = id("select id from resolution where symbol = 'ICC-ASP/23/Res.1'");
		long referring = id("select id from resolution where symbol = 'ICC-ASP/23/Res.2'");
		this.jdbc.sql("update resolution set published = false where id = ?").param(draft).update();
		this.undo.add("update resolution set published = true where id = " + draft);
		this.undo.add("delete from resolution_reference where resolution_id = " + referring);

		MvcTestResult refused = refer(referring, "ICC-ASP/23/Res.1");

		assertThat(refused).hasStatusOk();
		assertThat(Pages.parse(refused).select("#published-error").text()).contains("(resolutions: 1)");
		assertThat(references(referring)).isZero();
	}

	@Test
	void aResolutionAPublishedOneRefersToCannotBecomeADraft() {
		long referred = id("select id from resolution where symbol = 'ICC-ASP/23/Res.1'");
		long referring = id("select id from resolution where symbol = 'ICC-ASP/23/Res.2'");
		this.undo.add("delete from resolution_reference where resolution_id = " + referring);
		assertThat(refer(referring, "ICC-ASP/23/Res.1")).hasStatus3xxRedirection();
		assertThat(references(referring)).isOne();

		Document form = Pages.parse(unpublish("/admin/resolutions/" + referred + "/edit"));

		assertThat(form.select("#published-error").text()).contains("(references from other resolutions: 1)");
		assertThat(published("resolution", referred)).isTrue();
	}

	@Test
	void aDraftWithNothingPublishedReferringToItIsSavedAsADraft() {
		long id = id("""
				select r.id from resolution r where r.published
				and not exists (select 1 from programme_budget b where b.resolution_id = r.id)
				and not exists (select 1 from amendment a where a.resolution_id = r.id)
				and not exists (select 1 from policy p where p.resolution_id = r.id)
				and not exists (select 1 from decision d where d.resolution_id = r.id)
				and not exists (select 1 from resolution_reference x where x.refers_to_id = r.id)
				order by r.symbol limit 1""");

		this.undo.add("update resolution set published = true where id = " + id);
		assertThat(unpublish("/admin/resolutions/" + id + "/edit")).hasStatus3xxRedirection();
		assertThat(published("resolution", id)).isFalse();
	}

	/** Saves the resolution's form as it is, referring to another one. */
	private MvcTestResult refer(long resolution, String symbol) {
		String edit = "/admin/resolutions/" + resolution + "/edit";
		List<String> fields = AdminForms.fieldsOf(Pages.page(this.mvc, edit));
		return Pages.submit(this.mvc, edit, AdminForms.changing(fields, "refersTo", symbol));
	}

	private long references(long resolution) {
		return this.jdbc.sql("select count(*) from resolution_reference where resolution_id = ?")
			.param(resolution)
			.query(Long.class)
			.single();
	}

	private MvcTestResult unpublish(String edit) {
		List<String> fields = AdminForms.fieldsOf(Pages.page(this.mvc, edit));
		assertThat(fields).as("the record is published").contains("published");
		MvcTestResult result = Pages.submit(this.mvc, edit, AdminForms.changing(fields, "published"));
		return result;
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private boolean published(String table, long id) {
		return this.jdbc.sql("select published from " + table + " where id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
	}

}
