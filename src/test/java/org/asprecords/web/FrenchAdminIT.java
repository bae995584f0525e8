package org.asprecords.web;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An editor who chose French works in French: the admin pages, and the messages of a form
 * refused, whether they come from the portal's bundles, from Bean Validation's own French
 * messages or from a value that cannot be read.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = "ADMIN")
class FrenchAdminIT {

	private static final Cookie FRENCH = new Cookie(Languages.COOKIE, "fr");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyAdminPageIsInFrench() {
		long session = id("assembly_session");
		for (String uri : List.of("/admin", "/admin/sessions", "/admin/sessions/new",
				"/admin/sessions/" + session + "/edit", "/admin/sessions/import", "/admin/resolutions",
				"/admin/resolutions/new", "/admin/resolutions/" + id("resolution") + "/edit", "/admin/budgets",
				"/admin/budgets/new", "/admin/budgets/" + id("programme_budget") + "/edit", "/admin/elections",
				"/admin/elections/new", "/admin/elections/" + id("election") + "/edit", "/admin/statements",
				"/admin/statements/new", "/admin/statements/" + id("statement") + "/edit", "/admin/people",
				"/admin/people/new", "/admin/people/" + id("person") + "/edit", "/admin/states", "/admin/states/new",
				"/admin/states/" + id("state") + "/edit", "/admin/organizations", "/admin/organizations/new",
				"/admin/organizations/" + id("organization") + "/edit", "/admin/trash", "/admin/users",
				"/admin/users/new")) {
			MvcTestResult result = this.mvc.get().uri(uri).cookie(FRENCH).accept(MediaType.TEXT_HTML).exchange();
			assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
			Document page = Pages.parse(result);
			assertThat(page.selectFirst("html").attr("lang")).as(uri).isEqualTo("fr");
			assertThat(page.selectFirst("a.language-switch").attr("href")).as(uri).endsWith("lang=en");
			assertThat(EnglishTexts.on(page)).as("English text on " + uri).isEmpty();
			assertThat(page.text()).as("a message's placeholder left on " + uri).doesNotContainPattern("\\{\\d\\}");
		}
	}

	@Test
	void aRefusedFormSaysWhyInFrench() {
		long before = this.jdbc.sql("select count(*) from programme_budget").query(Long.class).single();
		Document form = submit("/admin/budgets/new", "year", "1990", "session", "", "approved", "187084300.001",
				"proposed", "-5", "staffing", "dix");

		assertThat(form.select("#year-error").text()).isEqualTo("Saisissez 2002 ou plus.");
		assertThat(form.select("#session-error").text()).isEqualTo("Choisissez la session qui a adopté le budget.");
		assertThat(form.select("#approved-error").text())
			.isEqualTo("Indiquez au plus 12 chiffres avant la virgule et 2 après.");
		assertThat(form.select("#proposed-error").text()).isEqualTo("Un montant ne peut pas être négatif.");
		assertThat(form.select("#staffing-error").text()).isEqualTo("Saisissez un nombre entier.");
		assertThat(form.text()).contains("Le formulaire comporte 5 erreurs");
		assertThat(EnglishTexts.on(form)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from programme_budget").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aRuleOfThePortalBrokenIsExplainedInFrench() {
		Document form = submit("/admin/budgets/new", "year", "2024", "session", "22");
		assertThat(form.select("#year-error").text()).isEqualTo("Un budget est déjà enregistré pour cette année.");
		Document person = submit("/admin/people/new", "name", " ");
		assertThat(person.select("#name-error").text()).isEqualTo("Renseignez ce champ.");
	}

	private Document submit(String uri, String... fields) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(uri)
			.with(csrf())
			.cookie(FRENCH)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML);
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

	private long id(String table) {
		return this.jdbc.sql("select min(id) from " + table).query(Long.class).single();
	}

}
