package org.asprecords.budget;

import java.util.Comparator;
import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.SqlStatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.assertFriendlyError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget pages on the shipped records; the figures of 2024 come from the CICC's
 * summary of the 22nd session.
 */
@IntegrationTest
class BudgetPagesIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SqlStatementCounter statements;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void tableShowsTheFiguresOf2024WithTheChangeComputedFrom2023() {
		Element row = rowOf(page(this.mvc, "/budgets"), "2024");

		assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/budgets/2024");
		assertThat(cells(row)).startsWith("22nd session (2023)", "ICC-ASP/22/Res.4", "€200,412,100", "€188,386,100",
				"€187,084,300");
		assertThat(cells(row).get(5)).isEqualTo("+€13,850,000 (+7.99%)");
		assertThat(row.select("td").get(0).selectFirst("a").attr("href")).isEqualTo("/sessions/22");
		assertThat(row.select("td").get(1).selectFirst("a").attr("href")).isEqualTo("/resolutions/ICC-ASP/22/Res.4");
	}

	@Test
	void tableListsTheYearsNewestFirst() {
		List<Integer> years = years(page(this.mvc, "/budgets"));

		assertThat(years).contains(2017, 2023, 2024)
			.isSortedAccordingTo(Comparator.reverseOrder())
			.doesNotHaveDuplicates();
	}

	/**
	 * Twenty-one more years: the table shows twenty a page, the newest first, in English
	 * and in French; the change of the oldest year of a page is computed from the year
	 * before, on the next page; the chart draws the page's years.
	 */
	@Test
	@Transactional
	void theTablePagesTwentyYearsAtATime() {
		this.jdbc.sql("""
				insert into programme_budget (year, session_id, approved)
				select y, (select id from assembly_session where slug = '24'), 200000000 + (y - 2026) * 1000000
				from generate_series(2026, 2046) y""").update();

		Document first = page(this.mvc, "/budgets");
		assertThat(years(first)).hasSize(20).startsWith(2046).endsWith(2027);
		assertThat(cells(rowOf(first, "2027")).get(5)).isEqualTo("+€1,000,000 (+0.50%)");
		assertThat(first.select("nav.pagination p").text()).isEqualTo("Page 1 of 3 (41 records)");
		assertThat(first.getElementById("budgets-chart-2046")).isNotNull();
		assertThat(first.getElementById("budgets-chart-2024")).as("not on this page").isNull();
		Document second = page(this.mvc, first.selectFirst("nav.pagination a[rel=next]").attr("href"));
		assertThat(years(second)).hasSize(20).startsWith(2026, 2025, 2024).endsWith(2005);
		assertThat(cells(rowOf(second, "2024")).get(5)).isEqualTo("+€13,850,000 (+7.99%)");
		assertThat(second.getElementById("budgets-chart-2024")).isNotNull();
		assertThat(years(page(this.mvc, "/budgets?page=3"))).containsExactly(2004);
		assertFriendlyError(this.mvc.get().uri("/budgets?page=4").exchange(), 404, "Page not found");

		Document french = page(this.mvc, "/budgets?lang=fr");
		assertThat(french.select("#budgets caption").text())
			.isEqualTo("Budgets-programmes par année, des plus récents aux plus anciens, en euros");
		assertThat(french.select("nav.pagination p").text()).isEqualTo("Page 1 sur 3 (41 fiches)");
		String next = french.selectFirst("nav.pagination a[rel=next]").attr("href");
		assertThat(next).contains("lang=fr");
		Document frenchSecond = page(this.mvc, next);
		assertThat(frenchSecond.select("nav.pagination a[rel=prev]").text()).isEqualTo("Précédente");
		assertThat(years(frenchSecond)).isEqualTo(years(second));
	}

	private static List<Integer> years(Document page) {
		return page.select("#budgets tbody tr th").stream().map((cell) -> Integer.valueOf(cell.text())).toList();
	}

	@Test
	void changeWithoutThePreviousYearIsTheOneTheSourceStates() {
		// 2022's approved total is recorded, so 2023's change is computed; 2019's is not
		Element row2023 = rowOf(page(this.mvc, "/budgets"), "2023");
		assertThat(cells(row2023).get(5)).isEqualTo("+€18,379,300 (+11.87%)");

		Element row2019 = rowOf(page(this.mvc, "/budgets"), "2019");
		assertThat(cells(row2019).get(4)).isEqualTo("about €144,550,000");
		assertThat(cells(row2019).get(5)).isEqualTo("about +0.49% as stated by the source");
	}

	@Test
	void missingValuesShowADashAndSayNotRecordedToScreenReaders() {
		Element row2025 = rowOf(page(this.mvc, "/budgets"), "2025");
		Element approved = row2025.select("td").get(4);

		assertThat(approved.selectFirst("[aria-hidden=true]").text()).isEqualTo("—");
		assertThat(approved.selectFirst(".visually-hidden").text()).isEqualTo("not recorded");
	}

	@Test
	void yearPageShowsTheKeyFactsOf2024() {
		Document page = page(this.mvc, "/budgets/2024");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Programme budget for 2024");
		assertThat(fact(page, "Approved").text()).isEqualTo("€187,084,300");
		assertThat(fact(page, "Contingency Fund level").text()).isEqualTo("€5,800,000");
		assertThat(fact(page, "Host-State premises (loan and interest)").text()).isEqualTo("€3,580,000");
		assertThat(fact(page, "Change on the previous year's approved budget").text())
			.startsWith("+€13,850,000 (+7.99%)");
		assertThat(fact(page, "Adopted at").selectFirst("a").attr("href")).isEqualTo("/sessions/22");
		assertThat(fact(page, "Resolution").selectFirst("a").attr("href")).isEqualTo("/resolutions/ICC-ASP/22/Res.4");
		assertThat(fact(page, "Working Capital Fund").selectFirst(".visually-hidden").text()).isEqualTo("not recorded");
		assertThat(page.select("#sources-heading ~ ul a").eachAttr("href"))
			.contains("https://www.coalitionfortheicc.org/asp22-day-9");
	}

	@Test
	void yearPageComparesTheProposalAndTheRecommendationWithThePreviousApprovedTotal() {
		Document page = page(this.mvc, "/budgets/2024");

		assertThat(fact(page, "Proposed by the Court").text())
			.isEqualTo("€200,412,100 +€27,177,800 (+15.69%) on the approved budget for 2023");
		assertThat(fact(page, "Recommended by the Committee on Budget and Finance").text())
			.isEqualTo("€188,386,100 +€15,151,800 (+8.75%) on the approved budget for 2023");
	}

	@Test
	void yearPageAlsoShowsTheChangeTheSourceStatesWhereItDiffersFromTheComputedOne() {
		// the CICC gives +12.2%, i.e. +€18,379,300 on €154,855,000, which is +11.87%
		Element change = fact(page(this.mvc, "/budgets/2023"), "Change on the previous year's approved budget");

		assertThat(change.selectFirst(".change").text()).isEqualTo("+€18,379,300 (+11.87%)");
		assertThat(change.selectFirst("a").attr("href")).isEqualTo("/budgets/2022");
		assertThat(change.selectFirst(".stated-change").text())
			.isEqualTo("The source states a different change: +€18,379,300 (+12.20%)");
	}

	@Test
	void pagesCostAFixedNumberOfStatements() {
		page(this.mvc, "/budgets");
		this.statements.reset();
		page(this.mvc, "/budgets");
		// the page's years, the years before them that the page lacks (for the changes);
		// how many years there are is kept until the records change
		assertThat(this.statements.count()).as("%s", this.statements.statements()).isEqualTo(2);

		this.statements.reset();
		page(this.mvc, "/budgets/2024");
		assertThat(this.statements.count()).as("%s", this.statements.statements()).isLessThanOrEqualTo(2);
	}

	@Test
	void unknownYearIsNotFound() {
		MvcTestResult result = this.mvc.get().uri("/budgets/1999").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertFriendlyError(result, "Page not found");
	}

	@Test
	void yearThatIsNotANumberIsABadRequest() {
		MvcTestResult result = this.mvc.get().uri("/budgets/abc").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertFriendlyError(result, "This request cannot be answered");
	}

	private static Element rowOf(Document page, String year) {
		return page.select("#budgets tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals(year))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + year));
	}

	private static List<String> cells(Element row) {
		return row.select("td").eachText();
	}

}
