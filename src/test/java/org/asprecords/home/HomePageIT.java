package org.asprecords.home;

import org.asprecords.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HomePageIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theHomePageShowsTheLatestSessionBothSearchesAndKeyFigures() {
		Document page = page(this.mvc, "/");
		assertThat(page.select("article a[href=/sessions/24]").text()).isEqualTo("24th session (2025)");
		assertThat(page.select("form[action=/resolutions] input[name=q]")).hasSize(1);
		// One search box besides the symbol box: the header's gives way to the page's own
		assertThat(page.select("form[action=/search] input[name=q]")).hasSize(1);
		assertThat(page.select("header form[action=/search]")).isEmpty();
		assertThat(page(this.mvc, "/sessions").select("header form[action=/search] input[name=q]")).hasSize(1);
		assertThat(fact(page, "Approved programme budget for 2024").text()).isEqualTo("€187,084,300");
		assertThat(fact(page, "Newest State Party").text())
			.isEqualTo("Ukraine (125th State Party, since 1 January 2025)");
		assertThat(fact(page, "Sessions recorded").text()).isEqualTo("37");
	}

}
