package org.asprecords.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.overview.session.SessionOverview;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SessionPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTwentySecondSessionPageShowsItsKeyFactsAndTheSixJudgesElected() {
		Document page = page(this.mvc, "/sessions/22");
		assertThat(page.select("h1").text()).isEqualTo("22nd session (2023)");
		assertThat(fact(page, "Dates").text()).isEqualTo("4–14 December 2023");
		assertThat(fact(page, "Place").text()).isEqualTo("United Nations Headquarters, New York, United States");
		assertThat(fact(page, "Approved budget for 2024").text()).isEqualTo("€187,084,300");
		assertThat(fact(page, "President of the Assembly").text()).isEqualTo("Silvia Fernández de Gurmendi");
		assertThat(page.select("#elections-heading + article a, section[aria-labelledby=elections-heading] li a")
			.eachText()).contains("Haykel Ben Mahfoudh", "Erdenebalsuren Damdin", "Nicolas Guillou", "Beti Hohler",
					"Iulia Antoanella Motoc", "Keebong Paek");
		assertThat(page.select("section[aria-labelledby=elections-heading] li").eachText())
			.contains("Päivi Kaukoranta (Finland), President");
	}

	/**
	 * A session lists the sessions that resumed it, and a session never resumed has no
	 * such list.
	 */
	@Test
	void aSessionListsItsResumptions() {
		List<String> resumed = this.jdbc.sql("""
				select '/sessions/' || r.slug from assembly_session r join assembly_session s on s.id = r.parent_id
				where s.slug = '19' and r.published and r.deleted_at is null order by r.start_date""")
			.query(String.class)
			.list();
		assertThat(resumed).contains("/sessions/19-resumed-1", "/sessions/19-resumed-2");
		assertThat(page(this.mvc, "/sessions/19").select("section[aria-labelledby=resumptions-heading] li a")
			.eachAttr("href")).containsExactlyElementsOf(resumed);
		assertThat(page(this.mvc, "/sessions/22").select("#resumptions-heading")).isEmpty();
	}

	@Test
	void everyOutcomeOfTheSessionLinksToItsOwnPage() {
		Document page = page(this.mvc, "/sessions/22");
		assertThat(page.select("section[aria-labelledby=resolutions-heading] tbody a").eachAttr("href")).hasSize(8)
			.contains("/resolutions/ICC-ASP/22/Res.1", "/resolutions/ICC-ASP/22/Res.8");
		assertThat(page.select("a[href^=/elections/22/]")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.select("a[href^=/statements/22/]")).isNotEmpty();
		assertThat(page.select("a[href^=/sessions/22/amendments/]")).hasSize(3);
		assertThat(page.select("a[href^=/sessions/22/side-events/]")).hasSize(1);
		assertThat(page.select("a[href^=/sessions/22/decisions/]").eachText())
			.anyMatch((title) -> title.contains("Committee on Budget and Finance"));
		assertThat(page.select("a[href=/states/armenia]")).isNotEmpty();
		for (String href : page.select("main a[href^=/]").eachAttr("href")) {
			assertThat(Pages.exchange(this.mvc, href).getResponse().getStatus()).as(href).isEqualTo(200);
		}
	}

	@Test
	void aResumedSessionLinksToTheSessionItResumed() {
		Document page = page(this.mvc, "/sessions/19-resumed-2");
		assertThat(page.select("h1").text()).isEqualTo("19th session, 2nd resumption (2021)");
		assertThat(fact(page, "Resumption of").select("a").attr("href")).isEqualTo("/sessions/19");
	}

	/**
	 * The session facts of {@code asp-reference-facts-2.md} (section 0): the fourth
	 * session's end, two resumed sessions found since, and dates on which the sources
	 * disagree, said so with their sources.
	 */
	@Test
	void theSessionsFoundOrCorrectedSinceShowTheirSourcedDates() {
		Document fourth = page(this.mvc, "/sessions/4");
		assertThat(fact(fourth, "Dates").text()).isEqualTo("28 November – 3 December 2005");
		assertThat(fourth.select(".sources a").eachAttr("href"))
			.contains("https://unis.unvienna.org/unis/en/pressrels/2006/l3101.html");
		Document resumedFourth = page(this.mvc, "/sessions/4-resumed");
		assertThat(resumedFourth.select("h1").text()).isEqualTo("Resumed 4th session (2006)");
		assertThat(fact(resumedFourth, "Dates").text()).isEqualTo("26–27 January 2006");
		assertThat(fact(resumedFourth, "Resumption of").select("a").attr("href")).isEqualTo("/sessions/4");
		Document resumedThirteenth = page(this.mvc, "/sessions/13-resumed");
		assertThat(fact(resumedThirteenth, "Dates").text()).isEqualTo("24–25 June 2015");
		assertThat(fact(resumedThirteenth, "President of the Assembly").text()).isEqualTo("Sidiki Kaba");
		assertThat(page(this.mvc, "/sessions/18").text()).contains("reads “The Hague, 2–7 December 2019”");
	}

	/**
	 * Each source says what kind of publication it is, and a record that rests on no
	 * official document says so and on what it rests.
	 */
	@Test
	void sourcesSayWhatKindTheyAreAndARecordWithNoOfficialOneSaysSo() {
		Document official = page(this.mvc, "/sessions/22");
		assertThat(official.select(".sources p.unofficial")).isEmpty();
		assertThat(official.select(".sources li").eachText()).contains(
				"https://www.coalitionfortheicc.org/news/all-you-need-know-ASP22 (NGO)",
				"https://asp.icc-cpi.int/press-releases/PR-22nd-session (official)");

		Document press = page(this.mvc, "/sessions/24");
		assertThat(press.select(".sources p.unofficial").text()).isEqualTo(
				"No official document of the Assembly, the Court or the United Nations is among these sources: the record rests on press reports.");
		assertThat(press.select(".sources li small").eachText()).containsOnly("(press)");
		assertThat(page(this.mvc, "/sessions/13").select(".sources p.unofficial").text())
			.endsWith("the record rests on copies of official texts on other sites.");
		assertThat(page(this.mvc, "/sessions/24?lang=fr").select(".sources p.unofficial").text())
			.endsWith("l’enregistrement repose sur des articles de presse.");
	}

	@Test
	void aSessionKnownOnlyToTheMonthSaysSo() {
		Document page = page(this.mvc, "/sessions/8-resumed");
		assertThat(fact(page, "Dates").text()).isEqualTo("March 2010");
	}

	@Test
	void theListShowsTheNewestSessionFirstAndPages() {
		Document first = page(this.mvc, "/sessions");
		assertThat(first.select("tbody th a").first().text()).isEqualTo("24th session (2025)");
		assertThat(first.select("tbody tr")).hasSize(20);
		Document second = page(this.mvc, "/sessions?page=2");
		assertThat(second.select("tbody th a").eachText()).contains("1st session (2002)");
		assertThat(first.select("section[aria-labelledby=presidents-heading] li a").eachText())
			.contains("Päivi Kaukoranta");
	}

	@Test
	void theListSaysWhatEachSessionHolds() {
		Document first = page(this.mvc, "/sessions");
		Map<String, String> holds = new LinkedHashMap<>();
		first.select("tbody tr")
			.forEach((row) -> holds.put(row.selectFirst("th a").text(), row.select("td.holds").text()));
		long resolutions = this.jdbc
			.sql("select count(*) from resolution r join assembly_session s on s.id = r.session_id where s.slug = '22'")
			.query(Long.class)
			.single();
		assertThat(holds.get("22nd session (2023)")).startsWith(resolutions + " resolutions, 5 elections, 1 budget, ");
		assertThat(page(this.mvc, "/sessions?lang=fr").select("td.holds").eachText())
			.anyMatch((text) -> text.startsWith(resolutions + " résolutions, 5 élections, 1 budget"));
	}

	@Test
	@Transactional
	void aSessionWithoutRecordsYetSaysSo() {
		this.jdbc.sql("""
				insert into assembly_session (slug, kind, number, start_date, sources)
				values ('40', 'REGULAR', 40, date '2041-12-02', array['A session added in a test'])""").update();

		Document first = page(this.mvc, "/sessions");

		Element row = first.select("tbody tr")
			.stream()
			.filter((candidate) -> candidate.selectFirst("th a").attr("href").equals("/sessions/40"))
			.findFirst()
			.orElseThrow();
		assertThat(row.select("td.holds").text()).isEqualTo("nothing yet");
	}

	/**
	 * A real session has at most fourteen outcomes of a kind (the statements at the
	 * 22nd): its page shows them all, and links to no longer list.
	 */
	@Test
	void everyShippedSessionsPageShowsAllItsOutcomes() {
		List<String> slugs = this.jdbc.sql("select slug from assembly_session").query(String.class).list();
		assertThat(slugs).hasSizeGreaterThan(30);
		for (String slug : slugs) {
			Document page = page(this.mvc, "/sessions/{slug}", slug);
			assertThat(page.select("main .more")).as(slug).isEmpty();
		}
		long statements = this.jdbc.sql("""
				select count(*) from statement t join assembly_session s on s.id = t.session_id
				where s.slug = '22'""").query(Long.class).single();
		assertThat(statements).isEqualTo(14);
		assertThat(page(this.mvc, "/sessions/22").select("main a[href^=/statements/22/]").eachAttr("href"))
			.doesNotHaveDuplicates()
			.hasSize((int) statements);
	}

	/**
	 * A real session has 6 to 15 resolutions; one with ten times the most and a hundred
	 * side events still gets a page of a bounded size, which says how many there are and
	 * links to them all.
	 */
	@Test
	@Transactional
	void aSessionWithMoreOutcomesThanItsPageShowsLinksToThemAll() {
		this.jdbc.sql("""
				insert into resolution (session_id, symbol, symbol_session, number, title, topics, documents, sources)
				select r.session_id, 'ICC-ASP/' || r.symbol_session || 'x' || g || '/Res.' || r.number,
				       r.symbol_session || 'x' || g, r.number, r.title, r.topics, r.documents, r.sources
				from resolution r join assembly_session s on s.id = r.session_id, generate_series(1, 9) g
				where s.slug = '22'""").update();
		this.jdbc.sql("""
				insert into side_event (session_id, slug, held_on, title, summary, sources)
				select e.session_id, e.slug || '-x' || g, e.held_on, 'Side event ' || g, e.summary, e.sources
				from side_event e join assembly_session s on s.id = e.session_id, generate_series(1, 99) g
				where s.slug = '22'""").update();

		Document page = page(this.mvc, "/sessions/22");
		assertThat(fact(page, "Resolutions recorded").text()).isEqualTo("80");
		assertThat(page.select("section[aria-labelledby=resolutions-heading] tbody tr")).hasSize(SessionOverview.SHOWN);
		Element all = page.selectFirst("section[aria-labelledby=resolutions-heading] .more a");
		assertThat(all.text()).isEqualTo("All 80 resolutions of this session");
		assertThat(all.attr("href")).isEqualTo("/resolutions?session=22");
		assertThat(page.select("section[aria-labelledby=events-heading] li")).hasSize(SessionOverview.SHOWN);
		Element allEvents = page.selectFirst("section[aria-labelledby=events-heading] .more a");
		assertThat(allEvents.text()).isEqualTo("All 100 side events of this session");
		assertThat(page.select("section[aria-labelledby=amendments-heading] .more")).as("three amendments: all shown")
			.isEmpty();

		Document events = page(this.mvc, allEvents.attr("href"));
		assertThat(events.select("h1").text()).isEqualTo("Side events");
		assertThat(events.select("main li a[href^=/sessions/22/side-events/]")).hasSize(20);
		assertThat(events.select("nav.pagination p").text()).contains("5");
		Document last = page(this.mvc, "/sessions/22/side-events?page=5");
		assertThat(last.select("main li a[href^=/sessions/22/side-events/]")).hasSize(20);
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/sessions/22/side-events?page=6"), 404, "Page not found");
	}

	@Test
	void aSessionsOutcomesOfOneKindHaveAListOfTheirOwn() {
		Document amendments = page(this.mvc, "/sessions/22/amendments");
		assertThat(amendments.select("h1").text()).isEqualTo("Amendments adopted");
		assertThat(amendments.select("main a[href=/sessions/22]").text()).isEqualTo("22nd session (2023)");
		assertThat(amendments.select("main li a[href^=/sessions/22/amendments/]")).hasSize(3);
		Document accessions = page(this.mvc, "/sessions/22/accessions");
		assertThat(accessions.select("main li a[href=/states/armenia]")).hasSize(1);
		Document none = page(this.mvc, "/sessions/S-1/side-events");
		assertThat(none.select(".empty").text()).isEqualTo("None is recorded for this session.");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/sessions/99/policies"), 404, "Page not found");
	}

	/**
	 * A session's accessions are listed by their State's name, twenty a page, and its
	 * page shows the first fifteen of them; a State back to draft leaves both, and the
	 * count.
	 */
	@Test
	@Transactional
	void aSessionsAccessionsAreListedByTheirStatesName() {
		this.jdbc.sql("""
				insert into accession (session_id, state_id)
				select s.id, st.id from assembly_session s, state st
				where s.slug = '22' and not exists (select 1 from accession a where a.session_id = s.id
				                                    and a.state_id = st.id)
				order by st.id desc limit 30""").update();
		this.jdbc.sql("""
				update state set published = false where id = (select a.state_id from accession a
				  join assembly_session s on s.id = a.session_id join state st on st.id = a.state_id
				  where s.slug = '22' order by st.name limit 1 offset 3)""").update();
		List<String> byName = this.jdbc.sql("""
				select '/states/' || st.slug from accession a join state st on st.id = a.state_id
				join assembly_session s on s.id = a.session_id
				where s.slug = '22' and st.published order by st.name""").query(String.class).list();
		assertThat(byName).hasSize(30);

		Document first = page(this.mvc, "/sessions/22/accessions");
		assertThat(first.select("main li a[href^=/states/]").eachAttr("href")).isEqualTo(byName.subList(0, 20));
		Document second = page(this.mvc, "/sessions/22/accessions?page=2");
		assertThat(second.select("main li a[href^=/states/]").eachAttr("href")).isEqualTo(byName.subList(20, 30));
		Document session = page(this.mvc, "/sessions/22");
		assertThat(session.select("section[aria-labelledby=accessions-heading] li a").eachAttr("href"))
			.isEqualTo(byName.subList(0, SessionOverview.SHOWN));
		assertThat(session.select("section[aria-labelledby=accessions-heading] .more a").text())
			.isEqualTo("All 30 new States Parties announced at this session");
	}

	@Test
	void unknownSessionsAndMalformedPagesGetFriendlyErrors() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/sessions/99"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/sessions?page=x"), 400, "This request cannot be answered");
	}

}
