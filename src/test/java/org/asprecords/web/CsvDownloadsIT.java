package org.asprecords.web;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists downloaded as CSV hold what the page shows, filters included, and a title a
 * spreadsheet would run as a formula is written so that it does not.
 */
@IntegrationTest
@Transactional
class CsvDownloadsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theResolutionsOfASessionAsOnTheFilteredPage() throws Exception {
		Document page = Pages.page(this.mvc, "/resolutions?session=22");
		String link = page.selectFirst("a[href^=/resolutions.csv]").attr("href");

		List<CSVRecord> rows = csv(link);

		assertThat(rows.get(0).values()).startsWith("symbol", "session");
		List<String> symbols = rows.stream().skip(1).map((row) -> row.get(0)).toList();
		assertThat(symbols).isEqualTo(page.select("main table tbody th a").eachText());
	}

	@Test
	void aFormulaInATitleIsNeutralised() throws Exception {
		this.jdbc
			.sql("update resolution set title = '=HYPERLINK(\"http://example.org\",\"x\")'"
					+ " where symbol = 'ICC-ASP/22/Res.4'")
			.update();

		List<CSVRecord> rows = csv("/resolutions.csv?session=22");

		assertThat(
				rows.stream().filter((row) -> row.get(0).equals("ICC-ASP/22/Res.4")).findFirst().orElseThrow().get(3))
			.isEqualTo("'=HYPERLINK(\"http://example.org\",\"x\")");
	}

	@Test
	void theBudgetsWithExactAmounts() throws Exception {
		List<CSVRecord> rows = csv(Pages.page(this.mvc, "/budgets").selectFirst("a[href=/budgets.csv]").attr("href"));

		CSVRecord year2024 = rows.stream().filter((row) -> row.get(0).equals("2024")).findFirst().orElseThrow();
		assertThat(rows.get(0).get(5)).isEqualTo("approved_eur");
		assertThat(year2024.get(5)).isEqualTo("187084300.00");
		assertThat(rows)
			.hasSize(1 + this.jdbc.sql("select count(*) from programme_budget").query(Integer.class).single());
	}

	private List<CSVRecord> csv(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk().hasHeader("Content-Type", "text/csv;charset=UTF-8");
		return CSVFormat.RFC4180.parse(new StringReader(result.getResponse().getContentAsString())).getRecords();
	}

}
