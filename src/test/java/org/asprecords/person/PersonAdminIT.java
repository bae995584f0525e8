package org.asprecords.person;

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
class PersonAdminIT {

	private static final Map<String, String> VALID = Map.of("name", "Person Typed In A Test", "nationality", "tunisia",
			"sources", "https://asp.icc-cpi.int/");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorRecordsAPersonWhoseSlugComesFromTheNameAndVisitorsFindThem() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/people/new", "name", "Zoë Ñúñez-Test", "honorific",
				"Ambassador", "grammaticalGender", "FEMININE", "nationality", "tunisia", "alternativeNames",
				"Zoe Nunez\n\nZoé Núñez", "sources", "https://asp.icc-cpi.int/");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "admin.people.created");
		Document visitor = page(this.mvc, "/people/zoe-nunez-test");
		assertThat(visitor.select("h1").text()).isEqualTo("Zoë Ñúñez-Test");
		assertThat(fact(visitor, "Nationality").select("a[href=/states/tunisia]").text()).isEqualTo("Tunisia");
		assertThat(fact(visitor, "Also written").text()).isEqualTo("Zoe Nunez, Zoé Núñez");
		assertThat(page(this.mvc, "/admin/people/" + id("zoe-nunez-test") + "/edit")
			.select("#grammaticalGender option[selected]")
			.text()).isEqualTo("Feminine (Présidente), where a source says Ms. or she");
		assertThat(page(this.mvc, "/admin/people?q={q}", "nunez").select("tbody th a").eachText())
			.containsExactly("Zoë Ñúñez-Test");
	}

	@Test
	void anEditorCorrectsAShippedPersonWhoseFormShowsItsHistory() {
		long id = id("haykel-ben-mahfoudh");
		String edit = "/admin/people/" + id + "/edit";
		Document form = page(this.mvc, edit);
		assertThat(form.select("#name").val()).isEqualTo("Haykel Ben Mahfoudh");
		assertThat(form.select("#nationality option[selected]").val()).isEqualTo("tunisia");
		assertThat(form.select("#alternativeNames").text()).isEqualTo("Haykel Ben-Mahfoudh");

		MvcTestResult saved = Pages.submit(this.mvc, edit, "version", form.select("input[name=version]").val(), "slug",
				"haykel-ben-mahfoudh", "name", "Haykel Ben Mahfoudh", "honorific", "Mr.", "nationality", "tunisia",
				"alternativeNames", "Haykel Ben-Mahfoudh", "sources", form.select("#sources").text());

		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(edit);
		assertThat(fact(page(this.mvc, "/people/haykel-ben-mahfoudh"), "Title").text()).isEqualTo("Mr.");
		assertThat(page(this.mvc, edit).select("#history-heading ~ .table-wrap tbody tr").text()).contains("Created");
	}

	@Test
	void textWithMarkupOrSqlIsStoredAsTypedAndShownEscaped() {
		assertThat(Pages.submit(this.mvc, "/admin/people/new", "slug", "markup-test", "name",
				"<script>alert(1)</script>", "note", "'; drop table person; --"))
			.hasStatus3xxRedirection();

		Document visitor = page(this.mvc, "/people/markup-test");
		assertThat(visitor.select("h1").text()).isEqualTo("<script>alert(1)</script>");
		assertThat(visitor.select("main script")).isEmpty();
		assertThat(visitor.select("p.note").text()).isEqualTo("'; drop table person; --");
	}

	@Test
	void malformedOrTakenSlugsAndUnknownStatesAreRefusedBesideTheirFields() {
		assertThat(refused("slug", "Not A Slug")).startsWith("Use lowercase letters, digits and single hyphens");
		assertThat(refused("slug", "double--hyphen")).startsWith("Use lowercase letters");
		assertThat(refused("slug", "haykel-ben-mahfoudh"))
			.isEqualTo("Another record of this kind already has this slug.");
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "person", "/admin/people/new", VALID, "name",
				"Haykel Ben Mahfoudh", "slug"))
			.as("a blank slug is made from the name")
			.isEqualTo("Another record of this kind already has this slug.");
		assertThat(refused("name", "   ")).isNotBlank();
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "person", "/admin/people/new", VALID, "name", "日本", "slug"))
			.startsWith("The name gives no slug");
		assertThat(refused("nationality", "<script>alert(1)</script>")).isEqualTo("There is no such State.");
		assertThat(refused("sources", "javascript:alert(1)")).startsWith("Give one source a line");
		assertThat(refused("sources", "https://asp.icc-cpi.int/\ndata:text/html,<b>x</b>")).isNotBlank();
	}

	@Test
	void everyTextFieldRefusesHiddenCharactersAndOverlongText() {
		AdminForms.refusesHiddenCharactersAndOverlongText(this.mvc, this.jdbc, "person", "/admin/people/new", VALID, Map
			.of("name", 300, "slug", 80, "honorific", 100, "alternativeNames", 5000, "note", 5000, "sources", 20000));
	}

	@Test
	void aNulCharacterIsRefusedWithTheFriendlyPageAndNothingIsStored() {
		long before = AdminForms.count(this.jdbc, "person");
		assertThat(Pages.submit(this.mvc, "/admin/people/new", AdminForms.with(VALID, "name", "a\u0000")))
			.hasStatus(400);
		assertThat(AdminForms.count(this.jdbc, "person")).isEqualTo(before);
	}

	@Test
	void aSaveFromAStaleFormShowsTheConflictPageWithTheInputKept() {
		String edit = "/admin/people/" + id("beatriz-borges") + "/edit";
		Document conflict = AdminForms.staleSave(this.mvc, edit,
				Map.of("slug", "beatriz-borges", "name", "Beatriz Borges"), "honorific", "Ms.", "Dr.");

		assertThat(conflict.select("tbody tr").eachText()).contains("Honorific (Ambassador, Judge, Ms., …) Ms. Dr.");
		assertThat(conflict.select("#honorific").val()).isEqualTo("Dr.");
		assertThat(conflict.select("#name").val()).isEqualTo("Beatriz Borges");
	}

	@Test
	void anUnknownPersonIsNotFound() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/admin/people/999999999/edit"), 404, "Page not found");
	}

	private String refused(String field, String value) {
		return AdminForms.refused(this.mvc, this.jdbc, "person", "/admin/people/new", VALID, field, value);
	}

	private long id(String slug) {
		return this.jdbc.sql("select id from person where slug = ?").param(slug).query(Long.class).single();
	}

}
