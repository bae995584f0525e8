package org.asprecords.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.db.RecordHistory;
import org.asprecords.support.AdminForms;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@Transactional
@WithMockUser(roles = "EDITOR")
class SessionAdminIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordHistory history;

	@Test
	void anEditorCreatesASessionThroughTheFormAndVisitorsSeeIt() {
		MvcTestResult saved = post("/admin/sessions/new", "slug", "25", "kind", "REGULAR", "number", "25", "startDate",
				"2026-12-07", "startPrecision", "DAY", "endDate", "2026-12-12", "venue",
				"World Forum Convention Center", "city", "The Hague", "country", "Netherlands", "topics", "budget",
				"sources", "https://asp.icc-cpi.int/\nAn announcement in words");

		assertThat(saved).hasStatus3xxRedirection();
		long id = sessionId("25");
		assertThat(saved).hasRedirectedUrl("/admin/sessions/" + id + "/edit");
		assertThat(saved).flash().containsEntry("flash", "admin.session.created");
		Document visitor = page(this.mvc, "/sessions/25");
		assertThat(visitor.select("h1").text()).isEqualTo("25th session (2026)");
		assertThat(visitor.select(".sources li").eachText()).containsExactly("https://asp.icc-cpi.int/ (official)",
				"An announcement in words");
	}

	@Test
	void refusedValuesAreExplainedBesideTheirFieldsAndNothingIsStored() {
		long before = count();
		MvcTestResult result = post("/admin/sessions/new", "slug", "bad slug!", "kind", "RESUMED", "startDate",
				"2026-12-07", "endDate", "2026-12-01", "venue", "Hague\u202eevil", "city", "x".repeat(101), "sources",
				"javascript:alert(1)", "startPrecision", "DAY");

		assertThat(result).hasStatusOk();
		Document form = Pages.parse(result);
		for (String field : new String[] { "slug", "endDate", "venue", "city", "sources", "parent", "number",
				"resumption" }) {
			assertThat(form.select("#" + field + "-error").text()).as(field).isNotBlank();
			assertThat(form.select("[aria-describedby=" + field + "-error]")).as(field).isNotEmpty();
		}
		assertThat(form.select("#endDate-error").text()).isEqualTo("The last day cannot be before the first.");
		assertThat(form.select(".error-summary").text()).startsWith("The form has");
		assertThat(form.select("#venue").val()).isEqualTo("Hague\u202eevil");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDateNoRecordCanHaveIsExplainedBesideItsFieldAndNothingIsStored() {
		Map<String, String> valid = Map.of("slug", "test-dates", "kind", "SPECIAL", "number", "93", "startPrecision",
				"DAY", "startDate", "2031-05-04");
		for (String date : new String[] { "-5000-01-01", "+999999999-12-31", "1899-12-31", "2101-01-01" }) {
			assertThat(AdminForms.refused(this.mvc, this.jdbc, "assembly_session", "/admin/sessions/new", valid,
					"startDate", date))
				.isEqualTo("Enter a date from 1900 to 2100.");
			assertThat(AdminForms.refused(this.mvc, this.jdbc, "assembly_session", "/admin/sessions/new", valid,
					"endDate", date))
				.contains("Enter a date from 1900 to 2100.");
		}
	}

	@Test
	void aSlugAlreadyTakenIsAFieldError() {
		MvcTestResult result = post("/admin/sessions/new", "slug", "22", "kind", "REGULAR", "number", "22",
				"startPrecision", "DAY");
		assertThat(Pages.parse(result).select("#slug-error").text())
			.isEqualTo("Another session already has this slug.");
	}

	@Test
	void aSaveFromAStaleFormShowsTheConflictPageAndLosesNothing() {
		long id = sessionId("S-1");
		Document form = Pages.parse(this.mvc.get().uri("/admin/sessions/{id}/edit", id).exchange());
		String version = form.select("input[name=version]").val();
		String[] common = { "slug", "S-1", "kind", "SPECIAL", "number", "1", "startDate", "2025-07-07", "endDate",
				"2025-07-09", "startPrecision", "DAY", "city", "New York" };

		assertThat(post("/admin/sessions/" + id + "/edit", with(common, "version", version, "venue", "First tab")))
			.hasStatus3xxRedirection();
		MvcTestResult second = post("/admin/sessions/" + id + "/edit",
				with(common, "version", version, "venue", "Second tab"));

		assertThat(second).hasStatusOk();
		Document conflict = Pages.parse(second);
		assertThat(conflict.select("h1").text()).isEqualTo("Someone else saved this record while you were editing it");
		assertThat(conflict.select("tbody tr").eachText()).contains("Venue First tab Second tab");
		assertThat(conflict.select("#venue").val()).isEqualTo("Second tab");
		assertThat(
				this.jdbc.sql("select venue from assembly_session where id = ?").param(id).query(String.class).single())
			.isEqualTo("First tab");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedAndStoresNothing() {
		long before = count();
		assertThat(this.mvc.post()
			.uri("/admin/sessions/new")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("slug", "26")
			.param("kind", "REGULAR")
			.param("number", "26")).hasStatus(403);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void markupTypedIntoASummaryIsShownAsTextOnThePublicPage() {
		long id = sessionId("S-1");
		String version = Pages.parse(this.mvc.get().uri("/admin/sessions/{id}/edit", id).exchange())
			.select("input[name=version]")
			.val();
		post("/admin/sessions/" + id + "/edit", "slug", "S-1", "kind", "SPECIAL", "number", "1", "startPrecision",
				"DAY", "version", version, "summary", "<script>alert('x')</script><b>bold</b>");
		Document visitor = page(this.mvc, "/sessions/S-1");
		assertThat(visitor.select("main script, main b")).isEmpty();
		assertThat(visitor.select("#summary-heading + p").text()).isEqualTo("<script>alert('x')</script><b>bold</b>");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@WithMockUser(username = "editor.one", roles = "EDITOR")
	void everySaveIsARevisionSayingWhoSavedItAndWhen() {
		long id = sessionId("19");
		String edit = "/admin/sessions/" + id + "/edit";
		int before = this.history.of(AssemblySession.class, id).size();
		Map<String, String> original = fieldsOf(Pages.parse(this.mvc.get().uri(edit).exchange()));
		Map<String, String> changed = new LinkedHashMap<>(original);
		changed.put("dateNote", "Corrected in a test");

		assertThat(post(edit, changed)).hasStatus3xxRedirection();

		List<RecordHistory.Entry> after = this.history.of(AssemblySession.class, id);
		assertThat(after).hasSize(before + 1);
		assertThat(after.get(0).username()).isEqualTo("editor.one");
		assertThat(after.get(0).kind()).isEqualTo("MOD");
		assertThat(after.get(after.size() - 1).username()).isEqualTo("system");
		Document page = Pages.parse(this.mvc.get().uri(edit).exchange());
		assertThat(page.select("section[aria-labelledby=history-heading] tbody tr").first().text())
			.endsWith("editor.one Changed");

		Map<String, String> restore = new LinkedHashMap<>(original);
		restore.put("version", fieldsOf(page).get("version"));
		assertThat(post(edit, restore)).hasStatus3xxRedirection();
	}

	/** The fields a browser would submit from the page's form, as they are filled in. */
	private static Map<String, String> fieldsOf(Document page) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element field : page.select(
				"form[method=post] input[name], form[method=post] textarea[name], form[method=post] select[name]")) {
			String type = field.attr("type");
			if ((type.equals("checkbox") && !field.hasAttr("checked")) || field.attr("name").startsWith("_")) {
				continue;
			}
			String value = field.tagName().equals("select") ? field.select("option[selected]").val()
					: field.tagName().equals("textarea") ? field.wholeText() : field.val();
			fields.merge(field.attr("name"), value, (a, b) -> a + "\u0000" + b);
		}
		return fields;
	}

	private MvcTestResult post(String uri, Map<String, String> fields) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(uri)
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML);
		for (Map.Entry<String, String> field : fields.entrySet()) {
			request = request.param(field.getKey(), field.getValue().split("\u0000"));
		}
		return request.exchange();
	}

	private MvcTestResult post(String uri, String... fields) {
		return Pages.submit(this.mvc, uri, fields);
	}

	private static String[] with(String[] common, String... more) {
		String[] all = new String[common.length + more.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(more, 0, all, common.length, more.length);
		return all;
	}

	private long sessionId(String slug) {
		return this.jdbc.sql("select id from assembly_session where slug = ?").param(slug).query(Long.class).single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from assembly_session").query(Long.class).single();
	}

}
