package org.asprecords.election;

import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The elections {@code asp-reference-facts-2.md} (section 3) completes, sampled on their
 * rendered pages: the Prosecutor of 2021 with its four candidates in both rounds, the
 * judges of 2017 with the figures of their first rounds, the judges of January 2009 by
 * the round that elected them, and the judges of 2007 and 2023.
 */
@IntegrationTest
class ElectionsCompletedFromSourcesIT {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theProsecutorOf2021ShowsTheFourCandidatesInBothRounds() {
		Document page = page(this.mvc, "/elections/19-resumed-2/prosecutor");

		assertThat(page.select("table#rounds thead th[scope=col]").eachText()).containsExactly("Candidate", "Round 1",
				"Round 2");
		assertThat(Pages.roundRow(page, "Karim A.A. Khan")).containsExactly("59", "72");
		assertThat(Pages.roundRow(page, "Fergal Gaynor")).containsExactly("47", "42");
		assertThat(Pages.roundRow(page, "Carlos Castresana")).containsExactly("12", "5");
		assertThat(Pages.roundRow(page, "Francesco Lo Voi")).containsExactly("5", "3");
		assertThat(Pages.roundRow(page, "Required majority")).containsExactly("62", "62");
		assertThat(page.select("#candidates tbody tr").eachText()).contains("Fergal Gaynor Ireland Not elected",
				"Carlos Castresana Not elected", "Francesco Lo Voi Not elected");
		assertThat(fact(page, "Term").text()).contains("16 June 2021");
		assertThat(page.select("#summary-heading + p").text()).contains("Vice-President Michal Mlynár");
		assertThat(fact(page(this.mvc, "/people/fergal-gaynor"), "Nationality").text()).isEqualTo("Ireland");
	}

	@Test
	void theJudgesOf2017ShowTheFiguresOfTheirFirstRounds() {
		Document page = page(this.mvc, "/elections/16/judges");

		assertThat(fact(page, "Rounds of voting").text()).isEqualTo("9");
		assertThat(fact(page, "Held").text()).isEqualTo("4 December 2017");
		assertThat(page.selectFirst("#rounds-heading").parent().text())
			.contains("9 rounds were held; the sources give figures for 3 of them.");
		assertThat(page.select("table#rounds thead th[scope=col]").eachText()).containsExactly("Candidate", "Round 1",
				"Round 2", "Round 4");
		assertThat(Pages.roundRow(page, "Tomoko Akane")).first().isEqualTo("88");
		assertThat(Pages.roundRow(page, "Ibáñez Carranza")).first().isEqualTo("77");
		assertThat(Pages.roundRow(page, "Bossa").subList(0, 2)).containsExactly("67", "71");
		assertThat(Pages.roundRow(page, "Đurđević")).first().isEqualTo("59");
		assertThat(Pages.roundRow(page, "Ballots cast")).first().isEqualTo("119");
		assertThat(Pages.roundRow(page, "Invalid ballots")).first().isEqualTo("10");
		assertThat(Pages.roundRow(page, "Abstentions")).first().isEqualTo("0");
		assertThat(Pages.roundRow(page, "Valid ballots")).first().isEqualTo("109");
		assertThat(Pages.roundRow(page, "Valid ballots")).last().isEqualTo("123");
		assertThat(Pages.roundRow(page, "Required majority").subList(0, 2)).containsExactly("73", "79");
		assertThat(page.select("#candidates tbody tr").eachText())
			.anyMatch((line) -> line.startsWith("Prost Canada Elected 6"))
			.anyMatch((line) -> line.startsWith("Vukoje Bosnia and Herzegovina Withdrew"))
			.anyMatch((line) -> line.startsWith("Mensa-Bonsu Ghana Not elected"));
	}

	@Test
	void theJudgesOfJanuary2009AreNamedWithTheRoundThatElectedThem() {
		Document page = page(this.mvc, "/elections/7-resumed-1/judges");

		assertThat(page.select("#candidates tbody tr").eachText()).containsExactly(
				"Mohamed Shahabuddeen Guyana Elected 1 Resigned on 16 February 2009.",
				"Fumiko Saiga Japan Elected 1 Re-elected Died on 24 April 2009.", "Cuno Tarfusser Italy Elected 3",
				"Sanji Mmasenono Monageng Botswana Elected 4", "Christine Van den Wyngaert Belgium Elected 5",
				"Joyce Aluoch Kenya Elected 9",
				"Wilhelmina Thomassen Netherlands Withdrew Withdrew after the head-to-head sixth to eighth rounds.");
		assertThat(page.selectFirst("#rounds-heading").parent().text())
			.contains("9 rounds; the figures of each round are not in the sources.");
		assertThat(page(this.mvc, "/sessions/7-resumed-1").select("section[aria-labelledby=elections-heading] li")
			.eachText()).contains("Mohamed Shahabuddeen (Guyana)", "Joyce Aluoch (Kenya)");
	}

	@Test
	void theJudgesOf2007And2023GetTheirLastDayAndRounds() {
		Document vacancies = page(this.mvc, "/elections/6/judges");
		assertThat(fact(vacancies, "Held").text()).isEqualTo("30 November – 3 December 2007");
		assertThat(vacancies.select("#candidates tbody tr").eachText())
			.contains("Jean Angela Permanand Trinidad and Tobago Withdrew Withdrew after the third round.");

		List<String> judges = page(this.mvc, "/elections/22/judges").select("#candidates tbody tr").eachText();
		assertThat(judges).anyMatch((line) -> line.startsWith("Haykel Ben Mahfoudh Tunisia B Elected 10"))
			.anyMatch((line) -> line.startsWith("Keebong Paek Republic of Korea Elected 11"))
			.contains(
					"Rajaona Madagascar Not elected Removed after the ninth round as the candidate with the fewest votes.",
					"Clarence Nelson Samoa Withdrew Withdrawn by Samoa.");
	}

}
