package org.asprecords.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.support.SessionFileForms;
import org.asprecords.support.ShippedSession;
import org.asprecords.trash.Trash;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor enters a whole session by the admin forms alone, as the shipped record has
 * it: the 22nd session, with its President, 8 resolutions, 5 elections and their
 * candidates, the budget, 3 amendments, 4 policies, 6 decisions (the Committee on Budget
 * and Finance's 17 seats by regional group among them), Armenia's accession, the side
 * event and 14 statements. The shipped session is read, its public pages kept, and then
 * deleted; once entered by forms from the same source file, every one of those pages says
 * the same.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = "EDITOR")
class SessionByFormsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Trash trash;

	@Test
	void anEditorEntersAllOfTheSessionByFormsAndItsPagesSayTheSame() {
		JsonNode file = ShippedSession.file();
		JsonNode president = ShippedSession.president();
		List<String> pages = ShippedSession.publicPages(file);
		Map<String, String> shipped = texts(pages);
		long shippedId = sessionId();

		ShippedSession.delete(this.jdbc, this.trash);
		assertThat(Pages.exchange(this.mvc, "/sessions/22")).hasStatus(404);

		enter(file, president);

		assertThat(sessionId()).isNotEqualTo(shippedId);
		Map<String, String> entered = texts(pages);
		for (String page : pages) {
			assertThat(entered.get(page)).as(page).isEqualTo(shipped.get(page));
		}
	}

	/**
	 * The text of each page's main part, but for when its records were last saved.
	 */
	private Map<String, String> texts(List<String> pages) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String page : pages) {
			Document document = Pages.page(this.mvc, page);
			document.select(".last-updated, [data-last-updated]").remove();
			texts.put(page, document.select("main").text().replaceAll("Last updated: [^.]*?UTC", ""));
		}
		return texts;
	}

	private void enter(JsonNode file, JsonNode president) {
		List<String> session = SessionFileForms.fields(file.get("session"), ShippedSession.sideEventIds(this.jdbc));
		session.addAll(List.of("published", "true"));
		save("/admin/sessions/new", session);
		List<String> presidency = SessionFileForms.fields(president, ShippedSession.sideEventIds(this.jdbc));
		presidency.addAll(List.of("published", "true"));
		save("/admin/presidents/new", presidency);
		file.get("resolutions").forEach((entry) -> save("/admin/resolutions/new", inSession(entry)));
		file.get("elections").forEach((entry) -> save("/admin/elections/new", inSession(entry)));
		file.get("budgets").forEach((entry) -> save("/admin/budgets/new", inSession(entry)));
		file.get("sideEvents").forEach((entry) -> save("/admin/side-events/new", inSession(entry)));
		file.get("statements").forEach((entry) -> save("/admin/statements/new", inSession(entry)));
		file.get("amendments").forEach((entry) -> save("/admin/amendments/new", inSession(entry)));
		file.get("policies").forEach((entry) -> save("/admin/policies/new", inSession(entry)));
		file.get("decisions").forEach((entry) -> save("/admin/decisions/new", inSession(entry)));
		file.get("accessions").forEach((entry) -> save("/admin/accessions/new", inSession(entry)));
	}

	private List<String> inSession(JsonNode entry) {
		List<String> fields = SessionFileForms.fields(entry, ShippedSession.sideEventIds(this.jdbc));
		fields.addAll(List.of("session", "22", "published", "true"));
		return fields;
	}

	private void save(String form, List<String> fields) {
		MvcTestResult saved = Pages.submit(this.mvc, form, fields.toArray(String[]::new));
		assertThat(saved.getResponse().getStatus())
			.as("%s %s: %s", form, fields, (saved.getResponse().getStatus() == 200)
					? Pages.parse(saved).select(".field-error, .error-summary").eachText() : "")
			.isEqualTo(302);
	}

	private long sessionId() {
		return this.jdbc.sql("select id from assembly_session where slug = '22'").query(Long.class).single();
	}

}
