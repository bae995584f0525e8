package org.asprecords.state;

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
class StateAdminIT {

	private static final Map<String, String> VALID = Map.of("name", "State Typed In A Test", "sources",
			"https://asp.icc-cpi.int/");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorRecordsAStatePartyAndVisitorsSeeItsMembership() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/states/new", "name", "Republic of Testland", "code",
				" tv ", "alternativeNames", "Testlandia", "regionalGroup", "AFRICAN", "signedOn", "1998-07-17",
				"joinedOn", "2020-03-02", "joinedBy", "RATIFICATION", "partySince", "2020-06-01", "partyOrdinal", "500",
				"sources", "https://asp.icc-cpi.int/");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "admin.states.created");
		Document visitor = page(this.mvc, "/states/republic-of-testland");
		assertThat(visitor.select("h1").text()).isEqualTo("Republic of Testland");
		assertThat(fact(visitor, "Regional group").text()).isEqualTo("African States");
		assertThat(fact(visitor, "Signed the Rome Statute").text()).isEqualTo("17 July 1998");
		assertThat(fact(visitor, "Ratified").text()).isEqualTo("2 March 2020");
		assertThat(fact(visitor, "Order of joining").text()).isEqualTo("500th State Party");
		assertThat(this.jdbc.sql("select code from state where slug = 'republic-of-testland'")
			.query(String.class)
			.single()).isEqualTo("TV");
		assertThat(page(this.mvc, "/states/republic-of-testland?lang=fr").select("h1").text()).isEqualTo("Tuvalu");
	}

	@Test
	void anEditorCorrectsAShippedStateWhoseDatesAreOnlyPartlyKnown() {
		long id = id("palestine");
		String edit = "/admin/states/" + id + "/edit";
		Document form = page(this.mvc, edit);
		assertThat(form.select("#joinedBy option[selected]").val()).isEqualTo("ACCESSION");
		assertThat(form.select("#partyOrdinal").val()).isEqualTo("123");

		MvcTestResult saved = Pages.submit(this.mvc, edit, "version", form.select("input[name=version]").val(), "slug",
				"palestine", "name", "Palestine", "joinedBy", "ACCESSION", "partyOrdinal", "123", "statusNote",
				"A note corrected in a test.", "sources", form.select("#sources").text());

		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(edit);
		assertThat(page(this.mvc, "/states/palestine").select("p.note").text())
			.isEqualTo("A note corrected in a test.");
	}

	@Test
	void datesThatCannotHaveHappenedOrAreOutOfOrderAreRefusedBesideTheirFields() {
		assertThat(refused("signedOn", "1998-07-16")).startsWith("This date is before 17 July 1998");
		assertThat(refused("joinedOn", "2100-01-01")).isEqualTo("This date has not come yet.");
		assertThat(refused(Map.of("signedOn", "2000-01-01"), "joinedOn", "1999-12-31"))
			.startsWith("A State ratifies after it signs");
		assertThat(refused(Map.of("joinedOn", "2010-05-05"), "partySince", "2010-05-01"))
			.startsWith("The Statute enters into force for a State after");
		assertThat(refused("partySince", "2002-06-30"))
			.startsWith("The Rome Statute entered into force on 1 July 2002");
		assertThat(refused("signedOn", "2023-02-30")).isEqualTo("Enter a date (year, month and day).");
		assertThat(refused("joinedOn", "20230-01-01")).isEqualTo("Enter a date (year, month and day).");
	}

	@Test
	void ranksAndChoicesOutsideTheirRangesAreRefusedBesideTheirFields() {
		assertThat(refused("partyOrdinal", "124")).isEqualTo("Another State already has this rank.");
		assertThat(refused("code", "XX")).startsWith("This is not an ISO 3166 country code");
		assertThat(refused("code", "KOR")).startsWith("This is not an ISO 3166 country code");
		assertThat(refused("code", "kr")).isEqualTo("Another State already has this code.");
		assertThat(refused("partyOrdinal", "-1")).isNotBlank();
		assertThat(refused("partyOrdinal", "0")).isNotBlank();
		assertThat(refused("partyOrdinal", "99999999999")).isEqualTo("Enter a whole number.");
		assertThat(refused("regionalGroup", "MARS")).isNotBlank();
		assertThat(refused("joinedBy", "<script>alert(1)</script>")).isNotBlank();
		assertThat(refused("slug", "armenia")).isEqualTo("Another record of this kind already has this slug.");
		assertThat(refused("slug", "-armenia")).startsWith("Use lowercase letters");
		assertThat(refused("sources", "javascript:alert(1)")).startsWith("Give one source a line");
	}

	@Test
	void everyTextFieldRefusesHiddenCharactersAndOverlongText() {
		AdminForms.refusesHiddenCharactersAndOverlongText(this.mvc, this.jdbc, "state", "/admin/states/new", VALID,
				Map.of("name", 300, "slug", 80, "alternativeNames", 5000, "statusNote", 5000, "sources", 20000));
	}

	@Test
	void aSaveFromAStaleFormShowsTheConflictPageWithTheInputKept() {
		String edit = "/admin/states/" + id("armenia") + "/edit";
		Document conflict = AdminForms.staleSave(this.mvc, edit,
				Map.of("slug", "armenia", "name", "Armenia", "signedOn", "1999-10-01", "joinedOn", "2023-11-14",
						"joinedBy", "RATIFICATION", "partySince", "2024-02-01", "partyOrdinal", "124"),
				"statusNote", "Mine", "Theirs");

		assertThat(conflict.select("tbody tr").eachText()).contains("Status note (withdrawals, notices) Mine Theirs");
		assertThat(conflict.select("#statusNote").text()).isEqualTo("Theirs");
		assertThat(conflict.select("#partyOrdinal").val()).isEqualTo("124");
	}

	private String refused(String field, String value) {
		return refused(Map.of(), field, value);
	}

	private String refused(Map<String, String> others, String field, String value) {
		Map<String, String> fields = new java.util.HashMap<>(VALID);
		fields.putAll(others);
		return AdminForms.refused(this.mvc, this.jdbc, "state", "/admin/states/new", fields, field, value);
	}

	private long id(String slug) {
		return this.jdbc.sql("select id from state where slug = ?").param(slug).query(Long.class).single();
	}

}
