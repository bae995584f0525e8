package org.asprecords.statement;

import java.util.HashMap;
import java.util.List;
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
class StatementAdminIT {

	private static final Map<String, String> VALID = Map.of("session", "22", "slug", "statement-typed-in-a-test",
			"segment", "PLENARY_COOPERATION", "summary", "Summary typed in a test.");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorRecordsAStatementWithItsSpeakersAndStatesAndVisitorsFindIt() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/statements/new", "session", "22", "slug",
				"joint-statement-typed-in-a-test", "segment", "PLENARY_COOPERATION", "deliveredOn", "2023-12-08",
				"speakers[0].person", "beatriz-borges", "speakers[0].role", "Role typed in a test",
				"speakers[1].person", "", "speakers[1].role", "", "speakers[2].person", "michael-kanu", "organizations",
				"centro-de-justicia-y-paz", "onBehalfLabel", "Two States", "onBehalfStates", "armenia",
				"onBehalfStates", "albania", "countries", "libya", "situations", "Libya", "topics", "cooperation",
				"summary", "Summary typed in a test.", "link", "https://asp.icc-cpi.int/", "sources",
				"https://asp.icc-cpi.int/");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "admin.statements.created");
		Document visitor = page(this.mvc, "/statements/22/joint-statement-typed-in-a-test");
		assertThat(visitor.select(".speakers li").eachText()).containsExactly("Beatriz Borges, Role typed in a test",
				"Michael Kanu");
		// entered Armenia first: listed by name
		assertThat(visitor.select(".on-behalf-states li").eachText()).containsExactly("Albania", "Armenia");
		assertThat(visitor.select(".countries a[href=/states/libya]")).isNotEmpty();
		assertThat(fact(visitor, "Organizations").text()).isEqualTo("Centro de Justicia y Paz (CEPAZ)");
		assertThat(fact(visitor, "Situations").text()).isEqualTo("Libya");
		assertThat(page(this.mvc, "/admin/statements?q={q}", "joint-statement-typed").select("tbody th a")).hasSize(1);
	}

	@Test
	void anEditorRemovesASpeakerAndAddsAnotherInOneSave() {
		String edit = "/admin/statements/" + id("22", "review-mechanism-update") + "/edit";
		Document form = page(this.mvc, edit);
		// each line names its speaker by key, picked from one list of people for all
		// lines
		assertThat(form.select("input[name$=.person][list=statement-people]")).hasSize(2 + StatementForm.BLANK_ROWS);
		assertThat(form.select("#speakers0\\.person").val()).isEqualTo("michael-kanu");
		assertThat(form.select("datalist#statement-people option[value=michael-kanu]").text())
			.isEqualTo("Michael Kanu");

		List<String> fields = AdminForms.fieldsOf(form);
		fields = List.of(AdminForms.changing(fields, "speakers[0].remove", "true"));
		MvcTestResult saved = Pages.submit(this.mvc, edit,
				AdminForms.changing(fields, "speakers[2].person", "beatriz-borges"));

		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(edit);
		assertThat(page(this.mvc, "/statements/22/review-mechanism-update").select(".speakers li a").eachText())
			.containsExactly("Paul van den IJssel", "Beatriz Borges");
	}

	@Test
	void savingAJointStatementUnchangedKeepsTheOrderOfItsStates() {
		long id = id("22", "cooperation-costa-rica-joint");
		List<String> before = onBehalf(id);
		String edit = "/admin/statements/" + id + "/edit";
		List<String> fields = AdminForms.fieldsOf(page(this.mvc, edit));

		assertThat(Pages.submit(this.mvc, edit, fields.toArray(String[]::new))).hasStatus3xxRedirection();
		assertThat(before).hasSize(48);
		assertThat(onBehalf(id)).isEqualTo(before);
	}

	@Test
	void slugsAreUniqueWithinTheirSessionOnly() {
		assertThat(refused("slug", "cooperation-cepaz"))
			.isEqualTo("Another statement of this session already has this slug.");
		assertThat(Pages.submit(this.mvc, "/admin/statements/new",
				AdminForms.with(with("session", "23"), "slug", "cooperation-cepaz")))
			.hasStatus3xxRedirection();
		assertThat(refused("slug", "Cooperation CEPAZ")).startsWith("Use lowercase letters");
		assertThat(refused("slug", "")).isNotBlank();
	}

	@Test
	void aStatementNeedsWordsADateItCouldHaveBeenMadeOnAndASessionAndSegment() {
		assertThat(refused("summary", "  ")).isEqualTo("Give a quote or a summary.");
		assertThat(refused("deliveredOn", "2023-12-01")).startsWith("This date is before the session began");
		assertThat(refused("deliveredOn", "2023-12-15")).isEqualTo("This date is after the session ended.");
		assertThat(refused("deliveredOn", "2023-02-30")).isEqualTo("Enter a date (year, month and day).");
		assertThat(refused(with("session", "23"), "deliveredOn", "2099-12-01"))
			.isEqualTo("This date has not come yet.");
		assertThat(Pages.submit(this.mvc, "/admin/statements/new",
				AdminForms.with(with("segment", "BEFORE_SESSION"), "deliveredOn", "2023-11-20")))
			.hasStatus3xxRedirection();
		assertThat(refused("session", "<script>alert(1)</script>")).isEqualTo("There is no such session.");
		assertThat(refused("session", "")).isEqualTo("Choose the session the statement was made at.");
		assertThat(refused("segment", "")).isEqualTo("Choose the segment the statement was made in.");
		assertThat(refused("segment", "SECRET_MEETING")).isNotBlank();
	}

	@Test
	void relatedRecordsMustBeRecordedAndPickedOnce() {
		assertThat(refused(with("speakers[0].person", "beatriz-borges"), "speakers[1].person", "beatriz-borges"))
			.isEqualTo("This person is already listed as a speaker.");
		assertThat(refused(Map.of(), "speakers[0].role", "Role without a person", "speakers[0].person"))
			.isEqualTo("Choose the person who spoke in this role.");
		assertThat(refused("speakers[0].person", "' or 1=1 --")).isEqualTo("There is no such person.");
		assertThat(refused("speakerState", "atlantis")).isEqualTo("There is no such State.");
		assertThat(refused("onBehalfStates", "<b>x</b>")).isEqualTo("There is no such State.");
		assertThat(refused("countries", "atlantis")).isEqualTo("There is no such State.");
		assertThat(refused("organizations", "no-such-organization")).isEqualTo("There is no such organization.");
		assertThat(refused("topics", "<script>")).isEqualTo("Choose topics from the list.");
		assertThat(refused(with("session", "23"), "sideEvent", String.valueOf(sideEvent("22", "hrd-side-event"))))
			.isEqualTo("This side event was held at another session than the one chosen.");
		assertThat(refused("sideEvent", "-1")).isEqualTo("There is no such side event.");
		assertThat(refused("sideEvent", "99999999999999999999")).isNotBlank();
		assertThat(refused("link", "javascript:alert(1)")).startsWith("Give one web address");
		assertThat(refused("link", "a citation in words")).startsWith("Give one web address");
		assertThat(refused("sources", "javascript:alert(1)")).startsWith("Give one source a line");
	}

	@Test
	void aSpeakerRowFarBeyondTheFormIsRefusedWithoutAServerError() {
		long before = AdminForms.count(this.jdbc, "statement");
		Pages.assertFriendlyError(
				Pages.submit(this.mvc, "/admin/statements/new",
						AdminForms.with(VALID, "speakers[100000].person", "beatriz-borges")),
				400, "This request cannot be answered");
		assertThat(AdminForms.count(this.jdbc, "statement")).isEqualTo(before);
	}

	@Test
	void everyTextFieldRefusesHiddenCharactersAndOverlongText() {
		long speakers = AdminForms.count(this.jdbc, "statement_speaker");
		AdminForms.refusesHiddenCharactersAndOverlongText(this.mvc, this.jdbc, "statement", "/admin/statements/new",
				with("speakers[0].person", "beatriz-borges"),
				Map.of("slug", 80, "speakers[0].role", 300, "speakerLabel", 300, "onBehalfLabel", 300, "situations",
						2000, "quote", 10000, "summary", 10000, "link", 2000, "sources", 20000));
		assertThat(AdminForms.count(this.jdbc, "statement_speaker")).isEqualTo(speakers);
	}

	@Test
	void textWithMarkupIsStoredAsTypedAndShownEscaped() {
		assertThat(Pages.submit(this.mvc, "/admin/statements/new",
				AdminForms.with(with("quote", "<script>alert(1)</script>"), "speakerLabel", "<b>Someone</b>")))
			.hasStatus3xxRedirection();

		Document visitor = page(this.mvc, "/statements/22/statement-typed-in-a-test");
		assertThat(visitor.select("blockquote").text()).isEqualTo("<script>alert(1)</script>");
		assertThat(fact(visitor, "Speaker").text()).isEqualTo("<b>Someone</b>");
		assertThat(visitor.select("main script, main b")).isEmpty();
	}

	@Test
	void aSaveFromAStaleFormShowsTheConflictPageWithTheInputKept() {
		String edit = "/admin/statements/" + id("22", "cooperation-cepaz") + "/edit";
		Document conflict = AdminForms.staleSave(this.mvc, edit,
				Map.of("session", "22", "slug", "cooperation-cepaz", "segment", "PLENARY_COOPERATION",
						"speakers[0].person", "beatriz-borges", "speakers[1].person", "michael-kanu"),
				"summary", "Mine", "Theirs");

		assertThat(conflict.select("tbody tr").eachText())
			.contains("Summary (what was said, from the source) Mine Theirs");
		assertThat(conflict.select("#summary").text()).isEqualTo("Theirs");
		assertThat(conflict.select("#speakers1\\.person").val()).isEqualTo("michael-kanu");
	}

	private static Map<String, String> with(String field, String value) {
		Map<String, String> fields = new HashMap<>(VALID);
		fields.put(field, value);
		return fields;
	}

	private String refused(String field, String value) {
		return refused(VALID, field, value);
	}

	private String refused(Map<String, String> fields, String field, String value) {
		return AdminForms.refused(this.mvc, this.jdbc, "statement", "/admin/statements/new", fields, field, value);
	}

	private String refused(Map<String, String> fields, String field, String value, String refusedField) {
		Map<String, String> all = new HashMap<>(VALID);
		all.putAll(fields);
		return AdminForms.refused(this.mvc, this.jdbc, "statement", "/admin/statements/new", all, field, value,
				refusedField);
	}

	private String refused(String field, String value, String refusedField) {
		return refused(Map.of(), field, value, refusedField);
	}

	private long id(String session, String slug) {
		return this.jdbc.sql("""
				select s.id from statement s join assembly_session se on se.id = s.session_id
				where se.slug = ? and s.slug = ?""").params(session, slug).query(Long.class).single();
	}

	private long sideEvent(String session, String slug) {
		return this.jdbc.sql("""
				select e.id from side_event e join assembly_session se on se.id = e.session_id
				where se.slug = ? and e.slug = ?""").params(session, slug).query(Long.class).single();
	}

	private List<String> onBehalf(long id) {
		return this.jdbc.sql("""
				select st.slug from statement_on_behalf_state o join state st on st.id = o.state_id
				where o.statement_id = ? order by o.position""").param(id).query(String.class).list();
	}

}
