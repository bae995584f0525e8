package org.asprecords.election;

import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The elections of {@code asp-reference-facts-2.md} (section 3) that the portal did not
 * hold, sampled on their rendered pages: the Prosecutor and the Committee on Budget and
 * Finance in April 2003, the Deputy Prosecutors of 2003, 2004 and 2012, the Trust Fund
 * for Victims Board of 2003, 2006, 2007 and 2015, and the Committee elected in December
 * 2020.
 */
@IntegrationTest
class ElectionsFromSourcesIT {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theFirstProsecutorWasElectedBySecretBallotOn21April2003() {
		Document page = page(this.mvc, "/elections/1-resumed-2/prosecutor");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Prosecutor, 1st session, 2nd resumption (2003)");
		assertThat(fact(page, "Held").text()).isEqualTo("21 April 2003");
		assertThat(fact(page, "How decided").text()).isEqualTo("Secret ballot");
		assertThat(fact(page, "Majority required").text())
			.isEqualTo("an absolute majority of the members of the Assembly of States Parties");
		assertThat(page.select("#candidates tbody tr").eachText()).singleElement()
			.isEqualTo("Luis Moreno Ocampo Argentina Elected");
		assertThat(page.select("#summary-heading + p").text()).contains("elected unanimously");
	}

	/**
	 * The six judges of 2011 rest on a copy of Wikipedia alone, the lowest weight: the
	 * page names them and says that no official document is among its sources.
	 */
	@Test
	void theJudgesOf2011RestOnAWikipediaCopyAndSaySo() {
		Document page = page(this.mvc, "/elections/10/judges");

		assertThat(page.select("#candidates tbody tr").eachText()).hasSize(6)
			.anyMatch((line) -> line.startsWith("Chile Eboe-Osuji") && line.contains("Nigeria")
					&& line.endsWith("Elected"))
			.anyMatch((line) -> line.startsWith("Robert Fremr"));
		assertThat(fact(page, "Term").text()).isEqualTo("From 11 March 2012");
		assertThat(page.text()).contains("No official document of the Assembly, the Court or the United Nations");
	}

	@Test
	void theAfricanSeatsOfTheCommitteeIn2003ShowTheirRoundAndMajority() {
		Document page = page(this.mvc, "/elections/1-resumed-2/budget-finance-committee-african-seats");

		assertThat(fact(page, "Seats").text()).isEqualTo("2");
		assertThat(fact(page, "Rounds of voting").text()).isEqualTo("1");
		assertThat(Pages.roundRow(page, "Lambert Dah Kindji")).containsExactly("70");
		assertThat(Pages.roundRow(page, "John F.S. Muwanga")).containsExactly("61");
		assertThat(Pages.roundRow(page, "Chitundu Norman Mwango")).containsExactly("25");
		assertThat(Pages.roundRow(page, "Ballots cast")).containsExactly("81");
		assertThat(Pages.roundRow(page, "Invalid ballots")).containsExactly("0");
		assertThat(Pages.roundRow(page, "Required majority")).containsExactly("54");
		assertThat(page.select("#candidates tbody tr").eachText())
			.anyMatch((line) -> line.startsWith("Chitundu Norman Mwango") && line.contains("Zambia")
					&& line.contains("Not elected"));

		Document others = page(this.mvc, "/elections/1-resumed-2/budget-finance-committee");
		assertThat(fact(others, "How decided").text()).isEqualTo("By consensus");
		assertThat(others.select("#candidates tbody th a").eachText()).hasSize(8)
			.contains("Fawzi Gharaibeh", "Santiago Wins Arnábal", "Michel-Etienne Tilemans");
	}

	@Test
	void brammertzWasElectedDeputyProsecutorWith65VotesAfterJallowWithdrew() {
		Document page = page(this.mvc, "/elections/2/deputy-prosecutor");

		assertThat(fact(page, "Term").text()).isEqualTo("6 years, from 3 November 2003");
		assertThat(page.select("p.note").eachText()).anyMatch((note) -> note.contains("seven-year term"));
		assertThat(Pages.roundRow(page, "Serge Brammertz")).containsExactly("65");
		assertThat(Pages.roundRow(page, "Vladimir Tochilovsky")).containsExactly("22");
		assertThat(page.select("#candidates tbody tr").eachText()).anyMatch(
				(line) -> line.startsWith("Hassan B. Jallow") && line.contains("Gambia") && line.contains("Withdrew"));
	}

	@Test
	void bensoudaAndStewartWereElectedDeputyProsecutors() {
		Document third = page(this.mvc, "/elections/3/deputy-prosecutor");
		assertThat(Pages.roundRow(third, "Fatou Bensouda")).containsExactly("58");
		assertThat(third.select("#candidates tbody tr").first().text()).isEqualTo("Fatou Bensouda Gambia Elected 1");

		Document eleventh = page(this.mvc, "/elections/11/deputy-prosecutor");
		assertThat(eleventh.selectFirst("#rounds-heading").parent().text())
			.contains("4 rounds were held; the sources give figures for 1 of them.");
		assertThat(eleventh.select("table#rounds thead th[scope=col]").eachText()).containsExactly("Candidate",
				"Round 4");
		assertThat(Pages.roundRow(eleventh, "James K. Stewart")).containsExactly("81");
		assertThat(Pages.roundRow(eleventh, "Abstentions")).containsExactly("7");
	}

	@Test
	void theTrustFundBoardsAreRecordedAtTheirSessions() {
		Document first = page(this.mvc, "/elections/2/trust-fund-board");
		assertThat(first.select("#candidates tbody th a").eachText()).containsExactly("Queen Rania Al-Abdullah",
				"Óscar Arias Sánchez", "Tadeusz Mazowiecki", "Simone Veil", "Desmond Tutu");

		Document fifth = page(this.mvc, "/elections/5/trust-fund-board");
		assertThat(fact(fifth, "How decided").text()).isEqualTo("By acclamation");
		assertThat(fact(fifth, "Held").text()).isEqualTo("30 November 2006");
		assertThat(fifth.select("#candidates tbody tr").eachText())
			.anyMatch((line) -> line.startsWith("Arthur N.R. Robinson") && line.contains("Trinidad and Tobago")
					&& line.contains("Re-elected"));

		assertThat(page(this.mvc, "/elections/5-resumed/trust-fund-board").select("#candidates tbody tr").eachText())
			.containsExactly("Bulgaa Altangerel Mongolia Asia-Pacific States Elected");
		assertThat(page(this.mvc, "/elections/14/trust-fund-board").select("#candidates tbody th a").eachText())
			.containsExactly("Mama Koité Doumbia");
	}

	@Test
	void theCommitteeOf2020WasElectedByAcclamation() {
		Document page = page(this.mvc, "/elections/19-resumed-1/budget-finance-committee");

		assertThat(fact(page, "How decided").text()).isEqualTo("By acclamation");
		assertThat(fact(page, "Held").text()).isEqualTo("18 December 2020");
		assertThat(page.select("#candidates tbody th a").eachText()).containsExactly("Werner Druml", "Yukiko Harimoto",
				"Fawzi Gharaibeh", "Mónica Sánchez Izquierdo", "Margaret Wambui Ngugi Shava", "Elena Sopková");
	}

	@Test
	void sessionPagesNameWhoWasElected() {
		List<String> april2003 = elected(page(this.mvc, "/sessions/1-resumed-2"));
		assertThat(april2003).contains("Luis Moreno Ocampo (Argentina)", "Lambert Dah Kindji (Benin)",
				"Karl Paschke (Germany)");
		assertThat(april2003).doesNotContain("Chitundu Norman Mwango (Zambia)");
		assertThat(elected(page(this.mvc, "/sessions/2"))).contains("Serge Brammertz (Belgium)",
				"Inna Steinbuka (Latvia)", "Simone Veil (France)");
		assertThat(elected(page(this.mvc, "/sessions/11"))).containsExactly("James K. Stewart (Canada)");
	}

	private static List<String> elected(Document session) {
		return session.select("section[aria-labelledby=elections-heading] li").eachText();
	}

}
