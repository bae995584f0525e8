package org.asprecords.budget;

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

@IntegrationTest
@Transactional
@WithMockUser(roles = "EDITOR")
class BudgetAdminIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorRecordsABudgetAndVisitorsSeeItsAmountsExactly() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/budgets/new", "year", "2030", "session", "23",
				"resolution", "asp 23 res 6", "approved", "195000000.50", "contingencyFundLevel", "5800000", "sources",
				"A figure typed in a test");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "admin.budget.created");
		Document visitor = page(this.mvc, "/budgets/2030");
		assertThat(fact(visitor, "Approved").text()).isEqualTo("€195,000,000.50");
		assertThat(this.jdbc.sql("select approved::text from programme_budget where year = 2030")
			.query(String.class)
			.single()).isEqualTo("195000000.50");
	}

	@Test
	void amountsPastedAsTheSourcesPrintThemAreStoredAsNumbers() {
		MvcTestResult saved = Pages.submit(this.mvc, "/admin/budgets/new", "year", "2033", "session", "23", "proposed",
				"€200,412,100", "recommended", "188 386 100 €", "approved", "187.084.300,50", "sources",
				"Figures pasted in a test");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(this.jdbc
			.sql("select concat_ws(' ', proposed, recommended, approved) from programme_budget" + " where year = 2033")
			.query(String.class)
			.single()).isEqualTo("200412100.00 188386100.00 187084300.50");
	}

	@Test
	void amountsWithMoreThanTwoDecimalsNegativeOrOverflowingAreRefusedAndNothingIsStored() {
		long before = count();
		Document form = Pages.parse(Pages.submit(this.mvc, "/admin/budgets/new", "year", "2031", "session", "23",
				"approved", "187084300.001", "proposed", "-5", "recommended", "99999999999999999", "staffing", "ten"));

		assertThat(form.select("#approved-error").text()).contains("2 after it");
		assertThat(form.select("#proposed-error").text()).isEqualTo("An amount cannot be negative.");
		assertThat(form.select("#recommended-error").text()).isNotBlank();
		assertThat(form.select("#staffing-error").text()).isEqualTo("Enter a whole number.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aYearAlreadyRecordedOrAResolutionOfAnotherSessionIsAFieldError() {
		assertThat(error(Pages.submit(this.mvc, "/admin/budgets/new", "year", "2024", "session", "22"), "year"))
			.isEqualTo("A budget for this year is already recorded.");
		assertThat(error(Pages.submit(this.mvc, "/admin/budgets/new", "year", "2032", "session", "22", "resolution",
				"ICC-ASP/23/Res.6"), "resolution"))
			.isEqualTo("This resolution was adopted at another session than the budget.");
	}

	@Test
	void theListFindsABudgetByItsYearOrItsResolution() {
		assertThat(page(this.mvc, "/admin/budgets?q=2024").select("tbody th a").eachText()).containsExactly("2024");
		String symbol = this.jdbc.sql("""
				select r.symbol from programme_budget b join resolution r on r.id = b.resolution_id
				where b.year = 2024""").query(String.class).single();
		assertThat(page(this.mvc, "/admin/budgets?q=" + symbol).select("tbody th a").eachText())
			.containsExactly("2024");
		Document all = page(this.mvc, "/admin/budgets");
		long recorded = count();
		assertThat(all.selectFirst("caption").text()).isEqualTo(recorded + " budgets, newest year first");
	}

	private static String error(MvcTestResult result, String field) {
		assertThat(result).hasStatusOk();
		return Pages.parse(result).select("#" + field + "-error").text();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from programme_budget").query(Long.class).single();
	}

}
