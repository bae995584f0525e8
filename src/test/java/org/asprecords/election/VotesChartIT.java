package org.asprecords.election;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.asprecords.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart of an election's rounds shows the numbers of the table of rounds: every bar
 * is a candidate's votes in a round as the table gives them, every figure has its bar,
 * and every majority marked is the one the table gives for the round. The elections are
 * those of the shipped records that have votes, and one without any round.
 */
@IntegrationTest
class VotesChartIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyBarIsAFigureOfTheTableOfRoundsAndEveryFigureHasItsBar() {
		List<String> elections = electionsWithVotes();
		assertThat(elections).as("elections of the shipped records with votes").isNotEmpty();

		for (String election : elections) {
			Document page = page(this.mvc, election);
			Element chart = page.selectFirst("#rounds-heading ~ figure.chart");
			assertThat(chart).as(election).isNotNull();
			Map<String, String> bars = chart.select("rect.chart-bar > title")
				.stream()
				.map(Element::text)
				.collect(Collectors.toMap((title) -> title.substring(0, title.lastIndexOf(": ")),
						(title) -> title.substring(title.lastIndexOf(": ") + 2)));

			assertThat(bars).as(election).isEqualTo(votesInTable(page));
			Map<String, String> majorities = majoritiesInTable(page);
			for (Element round : chart.select("g.chart-round")) {
				String heading = round.selectFirst("text.chart-tick").text();
				Element mark = round.selectFirst("line.chart-mark > title");
				if (majorities.containsKey(heading)) {
					assertThat(mark.text()).isEqualTo("Majority required in " + heading.replace("Round", "round") + ": "
							+ majorities.get(heading));
				}
				else {
					assertThat(mark).as("%s: %s", election, heading).isNull();
				}
			}
		}
	}

	@Test
	void theProsecutorsElectionShowsEachCandidatesVotesAfterTheirBars() {
		Document page = page(this.mvc, "/elections/19-resumed-2/prosecutor");
		Element svg = page.selectFirst("figure.chart svg[role=img]");
		List<String> votes = page.select("#rounds tbody:first-of-type tr td").eachText();

		assertThat(page.getElementById(svg.attr("aria-labelledby")).text())
			.isEqualTo("Votes received by each candidate in each round");
		assertThat(page.getElementById(svg.attr("aria-describedby")).text()).contains("in the 2 rounds whose figures");
		assertThat(svg.select(".chart-name").eachText()).containsExactly("Karim A.A. Khan", "Fergal Gaynor",
				"Carlos Castresana", "Francesco Lo Voi");
		assertThat(svg.select(".chart-value").eachText()).containsExactlyElementsOf(votes);
		assertThat(page.select("figure.chart figcaption a").attr("href")).isEqualTo("#rounds");
	}

	/**
	 * The Prosecutor's rounds record their required majority (62): the chart marks it
	 * where the table says it, in each round.
	 */
	@Test
	void aRequiredMajorityIsMarkedAsTheTableOfRoundsGivesIt() {
		Document page = page(this.mvc, "/elections/19-resumed-2/prosecutor");

		Map<String, String> majorities = majoritiesInTable(page);
		assertThat(majorities).containsOnly(Map.entry("Round 1", "62"), Map.entry("Round 2", "62"));
		Element chart = page.selectFirst("figure.chart");
		for (Element round : chart.select("g.chart-round")) {
			String heading = round.selectFirst("text.chart-tick").text();
			assertThat(round.selectFirst("line.chart-mark > title").text()).isEqualTo(
					"Majority required in " + heading.replace("Round", "round") + ": " + majorities.get(heading));
		}
	}

	@Test
	@Transactional
	void roundsWithoutVotesHaveTheirTableButNoChart() {
		this.jdbc.sql("""
				delete from round_vote where round_id in (select r.id from election_round r join election e
				on e.id = r.election_id join assembly_session s on s.id = e.session_id
				where s.slug = '19-resumed-2' and e.slug = 'prosecutor')""").update();

		Document page = page(this.mvc, "/elections/19-resumed-2/prosecutor");

		assertThat(page.select("#rounds")).isNotEmpty();
		assertThat(page.select("figure.chart")).isEmpty();
	}

	@Test
	void anElectionWithoutRoundsHasNoChart() {
		Document page = page(this.mvc, "/elections/22/judges");

		assertThat(page.select("#rounds")).isEmpty();
		assertThat(page.select("figure.chart, svg")).isEmpty();
	}

	private List<String> electionsWithVotes() {
		return this.jdbc.sql("""
				select distinct '/elections/' || s.slug || '/' || e.slug from election e
				join assembly_session s on s.id = e.session_id
				join election_round r on r.election_id = e.id join round_vote v on v.round_id = r.id
				where e.published and e.deleted_at is null and public_session(e.session_id)""")
			.query(String.class)
			.list();
	}

	/**
	 * The candidates' votes of the table of rounds, by "candidate, Round n", as the title
	 * of a bar says them.
	 */
	private static Map<String, String> votesInTable(Document page) {
		List<String> headings = page.select("#rounds thead th").eachText();
		Map<String, String> votes = new HashMap<>();
		for (Element row : page.select("#rounds tbody:first-of-type tr")) {
			for (int column = 1; column < headings.size(); column++) {
				Element cell = row.child(column);
				if (cell.selectFirst(".visually-hidden") == null) {
					votes.put(row.selectFirst("th").text() + ", " + headings.get(column),
							cell.text() + (cell.text().equals("1") ? " vote" : " votes"));
				}
			}
		}
		return votes;
	}

	/**
	 * The required majority of each round in the table of rounds, by the round's heading.
	 */
	private static Map<String, String> majoritiesInTable(Document page) {
		List<String> headings = page.select("#rounds thead th").eachText();
		Map<String, String> majorities = new HashMap<>();
		page.select("#rounds tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Required majority"))
			.flatMap((row) -> row.children().stream().skip(1))
			.filter((cell) -> cell.selectFirst(".visually-hidden") == null)
			.forEach((cell) -> majorities.put(headings.get(cell.elementSiblingIndex()), cell.text()));
		return majorities;
	}

}
