package org.asprecords.organization;

import java.util.Map;

import org.asprecords.support.AdminForms;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Transactional
@WithMockUser(roles = "EDITOR")
class OrganizationAdminIT {

	private static final Map<String, String> VALID = Map.of("name", "Organization Typed In A Test", "kind", "NGO",
			"sources", "https://asp.icc-cpi.int/");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorRecordsAMemberOrganizationAndVisitorsSeeWhereItBelongs() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/organizations/new", "name", "CICC Test Team", "acronym",
				"CTT", "kind", "NETWORK", "parent", "coalition-for-the-icc", "country", "palestine", "sources",
				"https://www.coalitionfortheicc.org/");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "admin.organizations.created");
		Document visitor = page(this.mvc, "/organizations/cicc-test-team");
		assertThat(fact(visitor, "Acronym").text()).isEqualTo("CTT");
		assertThat(fact(visitor, "Kind").text()).isEqualTo("Network");
		assertThat(fact(visitor, "Part of").select("a[href=/organizations/coalition-for-the-icc]").text())
			.isEqualTo("Coalition for the ICC");
		assertThat(fact(visitor, "Based in").text()).isEqualTo("Palestine");
		assertThat(page(this.mvc, "/admin/organizations?q={q}", "ctt").select("tbody th a").eachText())
			.containsExactly("CICC Test Team");
	}

	@Test
	void anEditorCorrectsAShippedOrganization() {
		String edit = "/admin/organizations/" + id("al-haq") + "/edit";
		Document form = page(this.mvc, edit);
		assertThat(form.select("#country option[selected]").val()).isEqualTo("palestine");
		assertThat(form.select("#kind option[selected]").val()).isEqualTo("NGO");

		assertThat(Pages.submit(this.mvc, edit, "version", form.select("input[name=version]").val(), "slug", "al-haq",
				"name", "Al-Haq", "kind", "NGO", "country", "palestine", "alternativeNames", "Al Haq\nAlhaq", "sources",
				form.select("#sources").text()))
			.hasStatus3xxRedirection();
		assertThat(fact(page(this.mvc, "/organizations/al-haq"), "Also written").text()).isEqualTo("Al Haq, Alhaq");
	}

	@Test
	void anOrganizationCannotBelongToItselfOrToOneOfItsMembers() {
		long id = id("coalition-for-the-icc");
		String edit = "/admin/organizations/" + id + "/edit";
		String version = page(this.mvc, edit).select("input[name=version]").val();
		Map<String, String> fields = Map.of("version", version, "slug", "coalition-for-the-icc", "name",
				"Coalition for the ICC", "kind", "COALITION");
		String cycle = "An organization cannot belong to itself or to one that belongs to it.";

		assertThat(AdminForms.refused(this.mvc, this.jdbc, "organization", edit, fields, "parent",
				"coalition-for-the-icc"))
			.isEqualTo(cycle);
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "organization", edit, fields, "parent", "cicc-review-team"))
			.isEqualTo(cycle);
		assertThat(this.jdbc.sql("select count(*) from organization where id = ? and parent_id is null")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void unknownPicksAndMissingKindsAreRefusedBesideTheirFields() {
		assertThat(refused("kind", "")).isEqualTo("Choose the kind of organization.");
		assertThat(refused("kind", "CARTEL")).isNotBlank();
		assertThat(refused("parent", "no-such-organization")).isEqualTo("There is no such organization.");
		assertThat(refused("country", "' or 1=1 --")).isEqualTo("There is no such State.");
		assertThat(refused("slug", "al-haq")).isEqualTo("Another record of this kind already has this slug.");
		assertThat(refused("slug", "Al_Haq")).startsWith("Use lowercase letters");
		assertThat(refused("sources", "ftp://example.org/x")).startsWith("Give one source a line");
	}

	@Test
	void everyTextFieldRefusesHiddenCharactersAndOverlongText() {
		AdminForms.refusesHiddenCharactersAndOverlongText(this.mvc, this.jdbc, "organization",
				"/admin/organizations/new", VALID, Map.of("name", 300, "slug", 80, "acronym", 40, "alternativeNames",
						5000, "note", 5000, "sources", 20000));
	}

	@Test
	void aSaveFromAStaleFormShowsTheConflictPageWithTheInputKept() {
		String edit = "/admin/organizations/" + id("fidh") + "/edit";
		Document conflict = AdminForms.staleSave(this.mvc, edit, Map.of("slug", "fidh", "name", "FIDH", "kind", "NGO"),
				"acronym", "MINE", "THEIRS");

		assertThat(conflict.select("tbody tr").eachText()).contains("Acronym MINE THEIRS");
		assertThat(conflict.select("#acronym").val()).isEqualTo("THEIRS");
	}

	private String refused(String field, String value) {
		return AdminForms.refused(this.mvc, this.jdbc, "organization", "/admin/organizations/new", VALID, field, value);
	}

	private long id(String slug) {
		return this.jdbc.sql("select id from organization where slug = ?").param(slug).query(Long.class).single();
	}

}
