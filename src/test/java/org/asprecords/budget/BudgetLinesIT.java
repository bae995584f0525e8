package org.asprecords.budget;

import java.io.StringReader;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A budget's appropriations by Major Programme: the 2017 and 2020 lines read in their
 * resolutions (asp-reference-facts-2.md, section 2) on the year's page, in its chart, its
 * JSON and its CSV; and recorded by an editor, who cannot save lines that do not add up.
 */
@IntegrationTest
@Transactional
class BudgetLinesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theYearsPageListsTheLinesOfTheResolutionWithTheirSubtotalAndTotal() {
		Document page = page(this.mvc, "/budgets/2020");

		Element table = page.getElementById("lines-table");
		assertThat(table.select("tbody tr").eachText()).containsExactly("I Judiciary €12,081,500 8.1%",
				"II Office of the Prosecutor €47,383,400 31.8%", "III Registry €75,916,900 50.9%",
				"IV Secretariat of the Assembly of States Parties €3,316,700 2.2%", "V Premises €2,270,000 1.5%",
				"VI Secretariat of the Trust Fund for Victims €3,226,100 2.2%",
				"VII-5 Independent Oversight Mechanism €704,700 0.5%", "VII-6 Office of Internal Audit €721,200 0.5%",
				"Subtotal of the Court's programmes €145,620,500",
				"VII-2 Host-State loan for the permanent premises €3,585,100 2.4%");
		assertThat(table.select("tfoot tr").text()).isEqualTo("Total €149,205,600");
		assertThat(Pages.fact(page, "Approved").text()).isEqualTo("€149,205,600");
		Element chart = page.selectFirst("#lines svg");
		assertThat(chart.select("rect.chart-bar")).hasSize(9);
		assertThat(chart.select("rect.chart-bar title").eachText())
			.contains("II Office of the Prosecutor: €47,383,400");
		assertThat(chart.selectFirst("desc").text()).contains("The largest goes to the Registry: €75,916,900");
	}

	@Test
	void theLinesAreInFrenchOnTheFrenchPage() {
		Document page = page(this.mvc, "/budgets/2017?lang=fr");

		assertThat(page.getElementById("lines-heading").text()).isEqualTo("Crédits par grand programme");
		assertThat(page.select("#lines-table tbody th").eachText()).contains("II Bureau du Procureur",
				"Sous-total des programmes de la Cour");
	}

	@Test
	void aYearWithoutLinesHasNoSectionForThem() {
		Document page = page(this.mvc, "/budgets/2024");

		assertThat(page.getElementById("lines")).isNull();
		assertThat(page.getElementById("lines-table")).isNull();
	}

	@Test
	void theJsonAndTheCsvHaveTheExactAmounts() throws Exception {
		String year = this.mvc.get()
			.uri("/api/v1/budgets/2017")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(year, "$.lines[*].code")).containsExactly("I", "II", "III", "IV", "V",
				"VI", "VII-5", "VII-6", "VII-2");
		assertThat((String) JsonPath.read(year, "$.lines[1].amount.amount")).isEqualTo("44974200.00");
		assertThat((String) JsonPath.read(year, "$.lines[1].programme")).isEqualTo("OFFICE_OF_THE_PROSECUTOR");
		String all = this.mvc.get()
			.uri("/api/v1/budgets")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(all, "$[?(@.year == 2020)].lines[8].amount.amount"))
			.containsExactly("3585100.00");

		String link = page(this.mvc, "/budgets/2017").selectFirst("#lines a[download]").attr("href");
		MvcTestResult csv = this.mvc.get().uri(link).exchange();
		assertThat(csv).hasStatusOk().hasHeader("Content-Type", "text/csv;charset=UTF-8");
		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.getResponse().getContentAsString()))
			.getRecords();
		assertThat(rows.get(0).values()).containsExactly("year", "major_programme", "key", "amount_eur");
		assertThat(rows.get(3).values()).containsExactly("2017", "III", "REGISTRY", "76632600.00");
		assertThat(rows).hasSize(10);
	}

	@Test
	void aYearWithoutABudgetHasNoLinesFile() {
		assertThat(this.mvc.get().uri("/budgets/1990/lines.csv")).hasStatus(404);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorRecordsLinesThatAddUpAndVisitorsSeeThem() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/budgets/new", "year", "2040", "session", "24", "approved",
				"€10,000,000", "approvedExcludingPremises", "9,000,000", "lines[1].amount", "€6,000,000",
				"lines[2].amount", "3,000,000", "lines[9].amount", "1,000,000", "sources", "Lines typed in a test");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("""
				select string_agg(l.programme || ' ' || l.amount, ', ' order by l.position)
				from budget_line l join programme_budget b on b.id = l.budget_id where b.year = 2040""")
			.query(String.class)
			.single())
			.isEqualTo("OFFICE_OF_THE_PROSECUTOR 6000000.00, REGISTRY 3000000.00, HOST_STATE_LOAN 1000000.00");
		assertThat(page(this.mvc, "/budgets/2040").select("#lines-table tbody tr").eachText()).containsExactly(
				"II Office of the Prosecutor €6,000,000 60.0%", "III Registry €3,000,000 30.0%",
				"Subtotal of the Court's programmes €9,000,000",
				"VII-2 Host-State loan for the permanent premises €1,000,000 10.0%");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void linesTypedInThousandsOrNotAddingUpAreRefusedAndNothingIsStored() {
		long before = budgets();
		Document thousands = Pages
			.parse(Pages.submit(this.mvc, "/admin/budgets/new", "year", "2041", "session", "24", "approved", "10000000",
					"lines[1].amount", "6,000.0", "lines[2].amount", "4,000.0", "sources", "Lines typed in a test"));
		assertThat(thousands.getElementById("lines-error").text())
			.isEqualTo("The lines add up to €10,000, but the approved total is €10,000,000.");
		assertThat(thousands.select("input[name='lines[1].amount']").val()).isEqualTo("6000.0");

		Document subtotal = Pages.parse(Pages.submit(this.mvc, "/admin/budgets/new", "year", "2041", "session", "24",
				"approved", "10000000", "approvedExcludingPremises", "9500000", "lines[1].amount", "9000000",
				"lines[9].amount", "1000000", "sources", "Lines typed in a test"));
		assertThat(subtotal.getElementById("lines-error").text()).isEqualTo(
				"Without the host-State loan the lines add up to €9,000,000, but the approved total without the premises is €9,500,000.");

		Document premises = Pages.parse(Pages.submit(this.mvc, "/admin/budgets/new", "year", "2041", "session", "24",
				"premisesComponent", "1200000", "lines[1].amount", "9000000", "lines[9].amount", "1000000", "sources",
				"Lines typed in a test"));
		assertThat(premises.getElementById("lines-error").text())
			.isEqualTo("The host-State loan's line is €1,000,000, but the premises component is €1,200,000.");

		Document negative = Pages.parse(Pages.submit(this.mvc, "/admin/budgets/new", "year", "2041", "session", "24",
				"lines[0].amount", "-5", "sources", "Lines typed in a test"));
		assertThat(negative.getElementById("lines-0-amount-error").text()).isEqualTo("An amount cannot be negative.");
		assertThat(budgets()).isEqualTo(before);
		assertThat(this.jdbc.sql(
				"select count(*) from budget_line where budget_id not in (select id from programme_budget where year in (2017, 2020))")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theFormShowsTheRecordedLinesForCorrection() {
		long id = this.jdbc.sql("select id from programme_budget where year = 2017").query(Long.class).single();

		Document form = page(this.mvc, "/admin/budgets/" + id + "/edit");

		assertThat(form.select("input[name='lines[1].amount']").val()).isEqualTo("44974200.00");
		assertThat(form.select("input[name='lines[9].amount']").val()).isEqualTo("2987300.00");
		assertThat(form.select("input[name='lines[6].amount']").val()).as("VII-1, not in the 2017 budget").isEmpty();
	}

	private long budgets() {
		return this.jdbc.sql("select count(*) from programme_budget").query(Long.class).single();
	}

}
