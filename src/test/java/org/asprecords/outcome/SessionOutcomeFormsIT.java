package org.asprecords.outcome;

import java.util.LinkedHashMap;
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

/**
 * The forms of what a session holds besides its resolutions, elections, budget and
 * statements: side events, amendments, policies, decisions with their seats, accessions
 * and Presidents of the Assembly. An editor records each by form and the visitor sees it;
 * each rule refuses with its message beside the field and stores nothing; a stale save
 * gets the conflict page; and the session's admin page lists it with the way to add more.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = "EDITOR")
class SessionOutcomeFormsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorRecordsASideEventWithItsOrganizersAndCosponsorsAndVisitorsSeeIt() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/side-events/new", "session", "23", "slug", "victims-panel",
				"title", "Victims at the centre", "heldOn", "2024-12-03", "summary", "A panel of survivors spoke.",
				"organizers", "coalition-for-the-icc", "organizers", "fidh", "cosponsors", "finland", "cosponsors",
				"chile", "sources", "https://example.org/panel", "published", "true");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "admin.side-events.created");
		Document visitor = page(this.mvc, "/sessions/23/side-events/victims-panel");
		assertThat(visitor.select("h1").text()).isEqualTo("Victims at the centre");
		assertThat(visitor.text()).contains("Coalition for the ICC", "FIDH", "Finland", "Chile",
				"A panel of survivors spoke.");
	}

	@Test
	void anEditorRecordsAnAmendmentAdoptedByAResolutionOfItsSession() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/amendments/new", "session", "22", "slug",
				"rome-statute-article-8", "instrument", "ROME_STATUTE", "provision", "Article 8", "subject",
				"A new war crime", "resolution", "22/Res.2", "sources", "https://example.org/amendment", "published",
				"true");

		assertThat(saved).hasStatus3xxRedirection();
		Document visitor = page(this.mvc, "/sessions/22/amendments/rome-statute-article-8");
		assertThat(visitor.text()).contains("A new war crime", "Article 8", "ICC-ASP/22/Res.2");
	}

	@Test
	void anEditorRecordsADecisionWithItsSeatsByRegionalGroup() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/decisions/new", "session", "23", "slug",
				"bureau-enlargement", "kind", "BODY_COMPOSITION", "title", "Enlargement of the Bureau", "seatsBefore",
				"21", "seatsAfter", "23", "allocations[0].seats", "6", "allocations[0].change", "1",
				"allocations[1].seats", "5", "allocations[1].change", "1", "allocations[2].seats", "4",
				"allocations[3].seats", "4", "allocations[4].seats", "4", "allocations[4].change", "0", "sources",
				"https://example.org/bureau", "published", "true");

		assertThat(saved).hasStatus3xxRedirection();
		Document visitor = page(this.mvc, "/sessions/23/decisions/bureau-enlargement");
		assertThat(fact(visitor, "Seats").text()).isEqualTo("21 → 23 seats");
		assertThat(visitor.select("table.allocations tbody tr").eachText()).containsExactly("African States 6 +1",
				"Asia-Pacific States 5 +1", "Eastern European States 4 Not recorded",
				"Latin American and Caribbean States 4 Not recorded", "Western European and other States 4 no change");
	}

	@Test
	void seatsThatDoNotAddUpOrAChangeWithoutSeatsAreRefusedBesideTheAllocation() {
		Map<String, String> decision = new LinkedHashMap<>(Map.of("session", "23", "slug", "bad-seats", "kind",
				"BODY_COMPOSITION", "title", "Seats", "seatsAfter", "10", "allocations[0].seats", "4"));
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "decision", "/admin/decisions/new", decision,
				"allocations[1].seats", "5", "allocations"))
			.isEqualTo("The groups' seats add up to 9, not to the 10 seats after the decision.");
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "decision", "/admin/decisions/new", decision,
				"allocations[1].change", "2", "allocations[1].seats"))
			.isEqualTo("Give the group's seats, or leave its change blank too.");
	}

	@Test
	void aResolutionOfAnotherSessionAKeyTakenOrAnUnknownRecordIsRefusedBesideItsField() {
		Map<String, String> policy = Map.of("session", "22", "slug", "new-policy", "name", "A policy");
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "policy", "/admin/policies/new", policy, "resolution",
				"ICC-ASP/23/Res.1"))
			.isEqualTo("This resolution was adopted at another session.");
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "policy", "/admin/policies/new", policy, "resolution",
				"no symbol"))
			.isNotBlank();
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "policy", "/admin/policies/new", policy, "slug",
				"legal-aid-policy"))
			.isEqualTo("This session already has a record of this kind under this key (perhaps in the trash).");
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "side_event", "/admin/side-events/new",
				Map.of("session", "22", "slug", "x", "title", "X"), "organizers", "no-such-organization"))
			.isEqualTo("There is no such organization.");
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "amendment", "/admin/amendments/new",
				Map.of("session", "22", "slug", "x", "subject", "X"), "instrument", ""))
			.isEqualTo("Choose the instrument amended.");
	}

	@Test
	void anAccessionIsRecordedOnceASessionAndShownOnTheSessionPage() {
		assertThat(Pages.submit(this.mvc, "/admin/accessions/new", "session", "23", "state", "ukraine", "note",
				"Ukraine became a State Party.", "sources", "https://example.org/ukraine", "published", "true"))
			.hasStatus3xxRedirection();
		assertThat(page(this.mvc, "/sessions/23").select("section[aria-labelledby=accessions-heading] li").eachText())
			.anyMatch((line) -> line.contains("Ukraine"));
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "accession", "/admin/accessions/new",
				Map.of("session", "22", "note", "Again"), "state", "armenia"))
			.isEqualTo("This State's accession is already recorded at this session (perhaps in the trash).");
	}

	@Test
	void aPresidentIsRecordedWithATermInOrder() {
		String person = this.jdbc.sql("select slug from person order by id limit 1").query(String.class).single();
		assertThat(AdminForms.refused(this.mvc, this.jdbc, "assembly_president", "/admin/presidents/new",
				Map.of("person", person, "fromSession", "23"), "toSession", "20"))
			.isEqualTo("The last session of the term began before the first.");
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/presidents/new", "person", person, "fromSession", "23",
				"periodNote", "From ASP23", "sources", "https://example.org/president", "published", "true");
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("""
				select count(*) from assembly_president p join person n on n.id = p.person_id
				where n.slug = ? and p.period_note = 'From ASP23'""").param(person).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aStaleSaveOfADecisionShowsTheConflictPageWithTheInputKept() {
		long id = this.jdbc
			.sql("select d.id from decision d join assembly_session s on s.id = d.session_id"
					+ " where s.slug = '22' and d.slug = 'cbf-enlargement'")
			.query(Long.class)
			.single();
		String edit = "/admin/decisions/" + id + "/edit";
		Map<String, String> fields = pairs(AdminForms.fieldsOf(page(this.mvc, edit)));
		fields.remove("version");
		Document conflict = AdminForms.staleSave(this.mvc, edit, fields, "title", "Enlargement of the CBF",
				"The Committee grows");

		assertThat(conflict.select("tbody tr").eachText()).contains("Title Enlargement of the CBF The Committee grows");
		assertThat(conflict.select("#title").val()).isEqualTo("The Committee grows");
		assertThat(conflict.select("input[name='allocations[0].seats']").val()).isEqualTo("4");
	}

	@Test
	void theSessionsAdminPageListsEverythingItHoldsAndAddsToIt() {
		long id = this.jdbc.sql("select id from assembly_session where slug = '22'").query(Long.class).single();
		Document page = page(this.mvc, "/admin/sessions/" + id + "/records");

		assertThat(page.select("main h2").eachText()).containsExactly("Resolutions (8)", "Elections (5)",
				"Programme budgets (1)", "Amendments (3)", "Policies (4)", "Decisions (6)", "Accessions (1)",
				"Presidents of the Assembly (1)", "Statements (" + count("statement", id) + ")", "Side events (1)");
		assertThat(page.select("a[href='/admin/side-events/new?session=22']").text()).isEqualTo("Add a side event");
		assertThat(page.select("a[href^='/admin/decisions/']").eachText())
			.contains("Enlargement of the Committee on Budget and Finance");
		Document blank = page(this.mvc, "/admin/decisions/new?session=22");
		assertThat(blank.select("#session option[selected]").val()).isEqualTo("22");
	}

	private long count(String table, long session) {
		return this.jdbc.sql("select count(*) from " + table + " where session_id = ? and deleted_at is null")
			.param(session)
			.query(Long.class)
			.single();
	}

	private static Map<String, String> pairs(List<String> list) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < list.size(); i += 2) {
			map.put(list.get(i), list.get(i + 1));
		}
		return map;
	}

}
