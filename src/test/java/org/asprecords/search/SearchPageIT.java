package org.asprecords.search;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchPageIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void resultsAreGroupedByKindWithHighlightedExcerpts() {
		Document page = page(this.mvc, "/search?q={q}", "Libya");
		assertThat(page.select("main h2").eachText()).anyMatch((heading) -> heading.startsWith("Statements ("))
			.anyMatch((heading) -> heading.startsWith("Organizations ("));
		assertThat(page.select("a[href=/organizations/lawyers-for-justice-in-libya]")).isNotEmpty();
		assertThat(page.select(".hits mark").eachText()).contains("Libya");
	}

	@Test
	void accentsDoNotMatter() {
		Document page = page(this.mvc, "/search?q={q}", "paivi kaukoranta");
		assertThat(page.select("a[href=/people/paivi-kaukoranta]").text()).isEqualTo("Päivi Kaukoranta");
	}

	@Test
	void allMatchesOfOneKindArePaged() {
		Document page = page(this.mvc, "/search?q={q}&kind=STATE", "republic");
		assertThat(page.select("main h2").eachText()).singleElement().asString().startsWith("States (");
		assertThat(page.select(".hits a").eachText()).contains("Republic of Korea");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "'", "(", "&&", "!!", "a:b", "-", "\\", "<>", "%", "'; drop table resolution; --",
			"\u202e", "ICC-ASP/22/Res.4", "::*|&" })
	void anyPunctuationIsAcceptedWithoutAnError(String typed) {
		assertThat(Pages.exchange(this.mvc, "/search?q={q}", typed)).hasStatusOk();
	}

	@Test
	void aNulCharacterIsRefusedAsMalformedRatherThanSearched() {
		assertThat(Pages.exchange(this.mvc, "/search?q={q}", "budget\u0000")).hasStatus(400);
	}

	@Test
	void markupInTheQueryIsShownEscaped() {
		Document page = page(this.mvc, "/search?q={q}", "<img src=x onerror=alert(1)>");
		assertThat(page.select("main img")).isEmpty();
		assertThat(page.select("[role=status]").text()).contains("<img src=x onerror=alert(1)>");
	}

	@Test
	void anUnknownKindIsAFriendly400() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/search?q=x&kind=GOSSIP"), 400,
				"This request cannot be answered");
	}

}
