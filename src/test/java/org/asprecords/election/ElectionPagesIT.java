package org.asprecords.election;

import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.SqlStatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.asprecords.support.Pages.page;
import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.assertFriendlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The election pages on the shipped records; the facts come from the CICC's summary of
 * the 22nd session and the reports of the Prosecutor's election in February 2021.
 */
@IntegrationTest
class ElectionPagesIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SqlStatementCounter statements;

	@Test
	void judgesElectedAtThe22ndSessionAreNamedWithTheirNationalitiesAndLinked() {
		Document page = page(this.mvc, "/elections/22/judges");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Judges, 22nd session (2023)");
		List<Element> rows = page.select("#candidates tbody tr");
		assertThat(rows)
			.extracting((row) -> row.selectFirst("th").text(), (row) -> row.select("td").get(0).text(),
					(row) -> row.selectFirst("th a").attr("href"))
			.containsExactly(tuple("Haykel Ben Mahfoudh", "Tunisia", "/people/haykel-ben-mahfoudh"),
					tuple("Erdenebalsuren Damdin", "Mongolia", "/people/erdenebalsuren-damdin"),
					tuple("Nicolas Guillou", "France", "/people/nicolas-guillou"),
					tuple("Beti Hohler", "Slovenia", "/people/beti-hohler"),
					tuple("Iulia Antoanella Motoc", "Romania", "/people/iulia-antoanella-motoc"),
					tuple("Keebong Paek", "Republic of Korea", "/people/keebong-paek"),
					tuple("Rajaona", "Madagascar", "/people/rajaona"),
					tuple("Clarence Nelson", "Samoa", "/people/clarence-nelson"));
		assertThat(column(page, "Outcome")).containsExactly("Elected", "Elected", "Elected", "Elected", "Elected",
				"Elected", "Not elected", "Withdrew");
		assertThat(page.selectFirst("#candidates tbody tr td a").attr("href")).isEqualTo("/states/tunisia");
	}

	@Test
	void judgesElectionSaysElevenRoundsWhoseFiguresAreNotInTheSources() {
		Document page = page(this.mvc, "/elections/22/judges");

		assertThat(fact(page, "Rounds of voting").text()).isEqualTo("11");
		assertThat(fact(page, "How decided").text()).isEqualTo("Secret ballot");
		assertThat(fact(page, "Session").selectFirst("a").attr("href")).isEqualTo("/sessions/22");
		assertThat(page.selectFirst("#rounds-heading").parent().text())
			.contains("11 rounds; the figures of each round are not in the sources.");
		assertThat(page.select("#rounds")).isEmpty();
	}

	@Test
	void assemblyPresidencyOfThe22ndSessionWasElectedByAcclamation() {
		Document page = page(this.mvc, "/elections/22/assembly-presidency");

		assertThat(page.selectFirst("h1").text())
			.isEqualTo("President and Vice-Presidents of the Assembly, 22nd session (2023)");
		assertThat(fact(page, "How decided").text()).isEqualTo("By acclamation");
		Element president = page.select("#candidates tbody tr").first();
		assertThat(president.selectFirst("th a").text()).isEqualTo("Päivi Kaukoranta");
		assertThat(president.selectFirst("th a").attr("href")).isEqualTo("/people/paivi-kaukoranta");
		assertThat(president.select("td").eachText()).contains("Finland", "President", "Elected");
	}

	/**
	 * The Presidents and Vice-Presidents of {@code asp-reference-facts-2.md} (sections 3f
	 * and 4), each election at the session that held it.
	 */
	@Test
	void theVicePresidentsOfTheSecondReferenceAreElectedAtTheirSessions() {
		Document tenth = page(this.mvc, "/elections/10/assembly-presidency");
		assertThat(tenth.select("#candidates tbody th a").eachText()).containsExactly("Tiina Intelmann",
				"Markus Börlin", "Ken Kanda");
		assertThat(fact(tenth, "Held").text()).isEqualTo("12 December 2011");
		Document fourth = page(this.mvc, "/elections/4/assembly-presidency");
		assertThat(fourth.select("#candidates tbody tr").eachText())
			.anyMatch((row) -> row.startsWith("Hlengiwe B. Mkhize") && row.contains("South Africa")
					&& row.contains("Vice-President"));
		assertThat(fact(page(this.mvc, "/elections/13/assembly-presidency"), "How decided").text())
			.isEqualTo("By acclamation");
		assertThat(fact(page(this.mvc, "/people/jorge-lomonaco"), "Nationality").text()).isEqualTo("Mexico");
		assertThat(page(this.mvc, "/elections/7/assembly-presidency").select(".sources li small").eachText())
			.containsOnly("(Wikipedia or a copy of it)");
	}

	/**
	 * The 2020 election of six judges, round by round as {@code asp-reference-facts-2.md}
	 * (section 3a) gives it: the votes of each judge in the round that elected them.
	 */
	@Test
	void theJudgesElectedIn2020ShowTheRoundsThatElectedThem() {
		Document page = page(this.mvc, "/elections/19-resumed-1/judges");

		assertThat(page.selectFirst("#rounds-heading").parent().text())
			.contains("8 rounds were held; the sources give figures for 5 of them.");
		assertThat(column(page, "Elected in round")).containsExactly("1", "2", "3", "4", "4", "8");
		Element korner = page.select("table#rounds tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Joanna Korner"))
			.findFirst()
			.orElseThrow();
		assertThat(korner.select("td").eachText()).first().isEqualTo("85");
		assertThat(page.select("table#rounds thead th[scope=col]").eachText()).containsExactly("Candidate", "Round 1",
				"Round 2", "Round 3", "Round 4", "Round 8");
		assertThat(page.select("#candidates tbody tr").eachText())
			.anyMatch((row) -> row.startsWith("Gocha Lordkipanidze") && row.contains("Georgia"));
	}

	@Test
	void earlierJudgesElectionsOfTheSecondReferenceAreRecorded() {
		Document vacancies = page(this.mvc, "/elections/6/judges");
		assertThat(column(vacancies, "Elected in round")).contains("1", "4");
		Element nsereko = vacancies.select("table#rounds tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Daniel David Ntanda Nsereko"))
			.findFirst()
			.orElseThrow();
		assertThat(nsereko.select("td").eachText()).containsExactly("74");
		assertThat(vacancies.select("#candidates tbody tr").eachText())
			.anyMatch((row) -> row.startsWith("Jean Angela Permanand") && row.contains("Withdrew"));
		assertThat(page(this.mvc, "/elections/4-resumed/judges").select("#candidates tbody th a").eachText())
			.containsExactly("Hans-Peter Kaul", "Erkki Kourula", "Akua Kuenyehia", "Sang-Hyun Song",
					"Ekaterina Trendafilova", "Anita Ušacka");
		assertThat(page(this.mvc, "/elections/1-resumed-1/judges").select("#candidates tbody tr")).hasSize(7);
		assertThat(page(this.mvc, "/elections/13-resumed/judges").select(".summary, main p").eachText())
			.anyMatch((text) -> text.contains("59 votes to 25"));
	}

	@Test
	void prosecutorElectionShowsKarimKhanWith72VotesInTheSecondRound() {
		Document page = page(this.mvc, "/elections/19-resumed-2/prosecutor");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Prosecutor, 19th session, 2nd resumption (2021)");
		Element table = page.selectFirst("table#rounds");
		assertThat(table.selectFirst("caption")).isNotNull();
		assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Candidate", "Round 1", "Round 2");
		Element khan = table.selectFirst("tbody tr");
		assertThat(khan.selectFirst("th[scope=row]").text()).isEqualTo("Karim A.A. Khan");
		assertThat(khan.selectFirst("th a").attr("href")).isEqualTo("/people/karim-khan");
		assertThat(khan.select("td").eachText()).containsExactly("59", "72");
		assertThat(page.selectFirst("#rounds-heading").parent().text()).doesNotContain("the sources give figures for");
		assertThat(column(page, "Elected in round")).containsExactly("2", "", "", "");
		assertThat(page.select("#rounds-heading ~ * .note li, #rounds-heading ~ .note li").eachText())
			.anyMatch((note) -> note.contains("One member did not vote."));
	}

	@Test
	void listFilteredByBodyShowsOnlyThatBodysElections() {
		Document page = page(this.mvc, "/elections?body=BUDGET_FINANCE_COMMITTEE");

		List<String> bodies = page.select("table tbody tr th").eachText();
		assertThat(bodies).hasSizeGreaterThanOrEqualTo(5).containsOnly("Committee on Budget and Finance");
		assertThat(page.selectFirst("#filter-body option[selected]").attr("value"))
			.isEqualTo("BUDGET_FINANCE_COMMITTEE");
	}

	@Test
	void listShowsTheNewestSessionFirstWithLinksToEachElection() {
		Document page = page(this.mvc, "/elections?session=22");

		List<Element> rows = page.select("table tbody tr");
		assertThat(rows).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.selectFirst("td").text()).isEqualTo("22nd session (2023)"));
		assertThat(page.select("table tbody tr th a").eachAttr("href")).contains("/elections/22/judges",
				"/elections/22/assembly-presidency");
		Element judges = rows.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Judges"))
			.findFirst()
			.orElseThrow();
		assertThat(judges.select("td").eachText()).containsExactly("22nd session (2023)", "6", "9 years",
				"Secret ballot, 11 rounds", "6");

		List<String> sessions = page(this.mvc, "/elections").select("table tbody tr td:first-child").eachText();
		assertThat(sessions.get(0)).startsWith("24th session");
	}

	@Test
	void emptyFiltersShowEveryElection() {
		Document all = page(this.mvc, "/elections");
		Document emptyFilters = page(this.mvc, "/elections?body=&session=");

		assertThat(emptyFilters.select("table tbody tr th").eachText())
			.isEqualTo(all.select("table tbody tr th").eachText());
	}

	@Test
	void pagesCostAFixedNumberOfStatements() {
		this.statements.reset();
		page(this.mvc, "/elections");
		assertThat(this.statements.count()).as("%s", this.statements.statements()).isLessThanOrEqualTo(4);

		this.statements.reset();
		page(this.mvc, "/elections/19-resumed-2/prosecutor");
		assertThat(this.statements.count()).as("%s", this.statements.statements()).isLessThanOrEqualTo(3);
	}

	@Test
	void unknownSessionFilterSaysNoElections() {
		Document page = page(this.mvc, "/elections?session=nope");

		assertThat(page.select("table")).isEmpty();
		assertThat(page.selectFirst("p.empty").text()).isEqualTo("No elections are recorded for this selection.");
	}

	@Test
	void unknownBodyIsABadRequest() {
		MvcTestResult result = this.mvc.get().uri("/elections?body=NOPE").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertFriendlyError(result, "This request cannot be answered");
	}

	@Test
	void unknownElectionIsNotFound() {
		MvcTestResult result = this.mvc.get().uri("/elections/22/nope").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertFriendlyError(result, "Page not found");
	}

	/**
	 * The cells of the candidates table under a column heading.
	 */
	private static List<String> column(Document page, String heading) {
		List<String> headings = page.select("#candidates thead th").eachText();
		int index = headings.indexOf(heading);
		assertThat(index).as("column %s in %s", heading, headings).isPositive();
		return page.select("#candidates tbody tr").stream().map((row) -> row.child(index).text()).toList();
	}

}
