package org.asprecords.session;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of sessions shows the latest Presidents of the Assembly and links to the list
 * of them all, which is paged like every other list.
 */
@IntegrationTest
class PresidentPagesIT {

	private static final String BLOCK = "section[aria-labelledby=presidents-heading]";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSessionsPageShowsTheFiveLatestPresidentsAndLinksToAllEight() {
		Document sessions = page(this.mvc, "/sessions");

		assertThat(sessions.select(BLOCK + " li a").eachText()).containsExactly("Päivi Kaukoranta",
				"Silvia Fernández de Gurmendi", "O-Gon Kwon", "Sidiki Kaba", "Tiina Intelmann");
		assertThat(sessions.select(BLOCK + " li").first().text())
			.startsWith("Päivi Kaukoranta, 23rd session – 24th session Elected at the twenty-second session");
		Element all = sessions.selectFirst(BLOCK + " a[href=/presidents]");
		assertThat(all.text()).isEqualTo("All 8 Presidents of the Assembly");
	}

	@Test
	void thePresidentsPageListsThemAllTheLatestFirst() {
		Document presidents = page(this.mvc, "/presidents");

		assertThat(presidents.select("h1").text()).isEqualTo("Presidents of the Assembly");
		assertThat(presidents.select("main li a[href^=/people/]").eachText()).containsExactly("Päivi Kaukoranta",
				"Silvia Fernández de Gurmendi", "O-Gon Kwon", "Sidiki Kaba", "Tiina Intelmann", "Christian Wenaweser",
				"Bruno Stagno Ugarte", "Prince Zeid Ra'ad Zeid Al-Hussein");
		assertThat(presidents.select("main li a[href=/people/christian-wenaweser]")).hasSize(1);
		assertThat(presidents.select("nav.pagination")).as("one page: no pager").isEmpty();
		Document french = page(this.mvc, "/presidents?lang=fr");
		assertThat(french.select("h1").text()).isEqualTo("Présidents de l’Assemblée");
		assertThat(page(this.mvc, "/sessions?lang=fr").select(BLOCK + " a[href*=/presidents]").text())
			.isEqualTo("Les 8 présidents de l’Assemblée");
	}

	/**
	 * Every session page names the President the sources give for it, and one only: the
	 * first and last sessions of each are those of {@code asp-reference-facts-2.md}
	 * (section 4), and a period is never stretched beyond them (Sidiki Kaba presided the
	 * 13th to the 16th session, not the 1st to the 16th).
	 */
	@Test
	void everySessionPageNamesThePresidentOfItsPeriodAlone() {
		List<Session> sessions = this.jdbc
			.sql("select slug, kind, number from assembly_session where published and deleted_at is null")
			.query(Session.class)
			.list();
		assertThat(sessions).hasSizeGreaterThan(30);
		for (Session session : sessions) {
			Document page = page(this.mvc, "/sessions/" + session.slug());
			if (session.president() == null) {
				assertThat(page.select(".key-facts dt").eachText()).as(session.slug())
					.doesNotContain("President of the Assembly");
			}
			else {
				assertThat(fact(page, "President of the Assembly").select("a").eachText()).as(session.slug())
					.containsExactly(session.president());
			}
		}
		assertThat(page(this.mvc, "/sessions/7").select(".key-facts").text()).contains("Christian Wenaweser")
			.doesNotContain("Sidiki Kaba");
	}

	@Test
	@Transactional
	void aPresidencyWithoutItsFirstSessionIsShownOnItsLastAloneAndSaysSo() {
		this.jdbc.sql("""
				update assembly_president set from_session_id = null
				where person_id = (select id from person where slug = 'sidiki-kaba')""").update();

		assertThat(fact(page(this.mvc, "/sessions/16"), "President of the Assembly").text()).isEqualTo("Sidiki Kaba");
		assertThat(page(this.mvc, "/sessions/13").select(".key-facts dt").eachText())
			.doesNotContain("President of the Assembly");
		assertThat(page(this.mvc, "/presidents").select("main > ul > li").eachText())
			.anyMatch((president) -> president.startsWith("Sidiki Kaba, first session not recorded – 16th session"));
		assertThat(page(this.mvc, "/people/sidiki-kaba").select(".presidencies li").text())
			.startsWith("from a session not recorded to the 16th session");
	}

	/**
	 * A session as the sources place it among the Presidents' periods. The sources end
	 * Bruno Stagno Ugarte's period with the 6th session and begin Christian Wenaweser's
	 * with the 7th: the resumed 6th session (June 2008) falls in neither.
	 */
	record Session(String slug, String kind, Integer number) {

		String president() {
			if (this.slug.equals("6-resumed")) {
				return null;
			}
			return switch (this.kind) {
				case "SPECIAL" -> "Päivi Kaukoranta";
				case "REVIEW_CONFERENCE" -> "Christian Wenaweser";
				default -> (this.number <= 3) ? "Prince Zeid Ra'ad Zeid Al-Hussein" : (this.number <= 6)
						? "Bruno Stagno Ugarte"
						: (this.number <= 9) ? "Christian Wenaweser" : (this.number <= 12) ? "Tiina Intelmann"
								: (this.number <= 16) ? "Sidiki Kaba" : (this.number <= 19) ? "O-Gon Kwon"
										: (this.number <= 22) ? "Silvia Fernández de Gurmendi" : "Päivi Kaukoranta";
			};
		}

	}

	/**
	 * The lists read the Presidents in SQL of their own: a draft presidency, or one whose
	 * session is a draft, stays out of them as everywhere public.
	 */
	@Test
	@Transactional
	void draftPresidenciesAreNotListed() {
		this.jdbc.sql("""
				update assembly_president set published = false
				where person_id = (select id from person where slug = 'paivi-kaukoranta')""").update();
		this.jdbc.sql("update assembly_session set published = false where slug = '22'").update();

		Document presidents = page(this.mvc, "/presidents");
		assertThat(presidents.select("main > ul > li a").eachText()).hasSize(6)
			.doesNotContain("Päivi Kaukoranta", "Silvia Fernández de Gurmendi");
		assertThat(page(this.mvc, "/sessions").select(BLOCK + " li a").eachText()).first().isEqualTo("O-Gon Kwon");
	}

	/**
	 * Twenty more presidencies, ending with the first session: the list of sessions still
	 * shows five, the list of them all pages twenty at a time, the oldest last, and its
	 * JSON twin likewise.
	 */
	@Test
	@Transactional
	void manyPresidentsArePagedTwentyAtATime() throws Exception {
		this.jdbc.sql("""
				insert into assembly_president (person_id, to_session_id, period_note)
				select (select id from person where slug = 'christian-wenaweser'),
				       (select id from assembly_session where slug = '1'), 'copy ' || g
				from generate_series(1, 20) g""").update();

		Document sessions = page(this.mvc, "/sessions");
		assertThat(sessions.select(BLOCK + " li")).hasSize(5);
		assertThat(sessions.select(BLOCK + " a[href=/presidents]").text())
			.isEqualTo("All 28 Presidents of the Assembly");
		Document first = page(this.mvc, "/presidents");
		assertThat(first.select("main li a[href^=/people/]")).hasSize(20);
		assertThat(first.select("nav.pagination p").text()).isEqualTo("Page 1 of 2 (28 records)");
		Document second = page(this.mvc, first.selectFirst("nav.pagination a[rel=next]").attr("href"));
		assertThat(second.select("main li a[href^=/people/]")).hasSize(8);
		assertThat(first.select("main > ul > li").eachText()).anyMatch(
				(president) -> president.startsWith("Prince Zeid Ra'ad Zeid Al-Hussein, 1st session – 3rd session"));
		assertThat(second.select("main > ul > li").eachText()).allMatch((president) -> president
			.startsWith("Christian Wenaweser, first session not recorded – 1st session copy "));
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/presidents?page=3"), 404, "Page not found");

		MvcTestResult api = this.mvc.get()
			.uri("/api/v1/presidents?page=2")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(api).hasStatusOk();
		String json = api.getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(json, "$.page.totalElements")).isEqualTo(28);
		assertThat(JsonPath.<List<String>>read(json, "$.items[*].person.slug")).hasSize(8);
	}

}
