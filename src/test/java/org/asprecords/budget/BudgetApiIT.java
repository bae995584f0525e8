package org.asprecords.budget;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets in the JSON API: exact decimal strings in euros, the same figures as the pages.
 */
@IntegrationTest
@Transactional
class BudgetApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearsJsonHasTheExactAmountsOfItsPage() throws Exception {
		Document page = Pages.page(this.mvc, "/budgets/2024");
		String approved = this.jdbc.sql("select approved::text from programme_budget where year = 2024")
			.query(String.class)
			.single();

		String body = body("/api/v1/budgets/2024");

		assertThat((String) JsonPath.read(body, "$.approved.amount")).isEqualTo(approved);
		assertThat((String) JsonPath.read(body, "$.approved.currency")).isEqualTo("EUR");
		assertThat(Pages.fact(page, "Approved").text()).isEqualTo("€187,084,300");
		assertThat(approved).isEqualTo("187084300.00");
		assertThat((String) JsonPath.read(body, "$.session")).isEqualTo("22");
	}

	@Test
	void theListHasEveryYearOldestFirst() throws Exception {
		List<Integer> years = this.jdbc.sql("select year from programme_budget order by year")
			.query(Integer.class)
			.list();

		List<Integer> listed = JsonPath.read(body("/api/v1/budgets"), "$[*].year");

		assertThat(listed).isEqualTo(years);
		assertThat(this.mvc.get().uri("/api/v1/budgets/1990").accept(MediaType.APPLICATION_JSON)).hasStatus(404);
	}

	private String body(String uri) throws Exception {
		return this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange().getResponse().getContentAsString();
	}

}
