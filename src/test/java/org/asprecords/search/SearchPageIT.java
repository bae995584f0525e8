package org.asprecords.search;

import java.util.Comparator;
import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
	void aMisspeltNameFindsWhoseNameItIsLike() {
		Document page = page(this.mvc, "/search?q={q}", "Kaukorenta");
		assertThat(page.select(".names-like h2").text()).isEqualTo("Names like “Kaukorenta”");
		assertThat(page.select(".names-like a[href=/people/paivi-kaukoranta]").text()).isEqualTo("Päivi Kaukoranta");
		assertThat(page(this.mvc, "/search?q={q}&kind=PERSON", "kaukorenta").select(".names-like a").eachAttr("href"))
			.contains("/people/paivi-kaukoranta");
	}

	@Test
	void aNameFoundAsTypedNeedsNoSuggestion() {
		assertThat(page(this.mvc, "/search?q={q}", "Kaukoranta").select(".names-like")).isEmpty();
		// Nor does a search of a kind that has no names
		assertThat(page(this.mvc, "/search?q={q}&kind=RESOLUTION", "Kaukorenta").select(".names-like")).isEmpty();
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

	@ParameterizedTest
	@ValueSource(strings = { "ASP22", "ASP 22", "asp-22", "22nd session", "22e session" })
	void aSessionNamedAsPeopleNameItIsFoundItself(String typed) {
		Document page = page(this.mvc, "/search?q={q}", typed);
		assertThat(page.select(".named-sessions h2").text()).isEqualTo("Sessions your search names");
		assertThat(page.select(".named-sessions li a").eachAttr("href")).containsExactly("/sessions/22");
		assertThat(page.select(".named-sessions li a").text()).isEqualTo("22nd session (2023)");
		// Nothing is left to search as words, so there is no "nothing matches"
		assertThat(page.select("[role=status]")).isEmpty();
		assertThat(page.select(".empty")).isEmpty();
	}

	@Test
	void theWordsBesideASessionAreSearchedInThatSessionOnly() {
		Document page = page(this.mvc, "/search?q={q}", "Palestine ASP22");
		assertThat(page.select("[role=status]").text()).endsWith("match “Palestine”");
		assertThat(page.select("#group-STATEMENT ~ ol .hits, #group-STATEMENT + ol li small").eachText()).isNotEmpty()
			.allMatch((context) -> context.contains("22nd session"));
		// The State belongs to no session: it is found whatever the scope
		assertThat(page.select("a[href=/states/palestine]")).isNotEmpty();
		assertThat(page.select(".named-sessions a[href=/search?q=Palestine]").text())
			.isEqualTo("Search “Palestine” in every session");
		Document everywhere = page(this.mvc, "/search?q={q}", "Palestine");
		assertThat(everywhere.select("#group-STATEMENT + ol li small").eachText())
			.anyMatch((context) -> !context.contains("22nd session"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			who spoke palestine             | palestine
			qui a parlé de la Palestine     | Palestine
			""")
	void aQuestionOfWhoSpokeShowsStatementsFirst(String typed, String words) {
		Document page = page(this.mvc, "/search?q={q}", typed);
		assertThat(page.select("[role=status]").text()).endsWith("“" + words + "”");
		assertThat(page.select("section h2").first().id()).isEqualTo("group-STATEMENT");
		assertThat(page.select("#group-STATEMENT + ol li a").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.startsWith("/statements/"));
	}

	@Test
	void aYearNamesTheSessionsHeldInIt() {
		Document page = page(this.mvc, "/search?q={q}", "judges 2023");
		assertThat(page.select(".named-sessions li a").eachAttr("href")).containsExactly("/sessions/22");
		assertThat(page.select("#group-ELECTION + ol a").eachAttr("href")).contains("/elections/22/judges")
			.allMatch((href) -> href.startsWith("/elections/22/"));
	}

	@ParameterizedTest
	@CsvSource({ "S-1,/sessions/S-1", "special session 1,/sessions/S-1",
			"Review Conference,/sessions/review-conference", "2010,/sessions/8-resumed" })
	void specialSessionsAndTheReviewConferenceAreNamedToo(String typed, String session) {
		Document page = page(this.mvc, "/search?q={q}", typed);
		assertThat(page.select(".named-sessions li a").eachAttr("href")).contains(session);
	}

	@Test
	void aResolutionsSymbolIsNotReadAsItsSession() {
		Document page = page(this.mvc, "/search?q={q}", "ICC-ASP/22/Res.4");
		assertThat(page.select(".named-sessions")).isEmpty();
		assertThat(page.select(".named-resolution a").attr("href")).isEqualTo("/resolutions/ICC-ASP/22/Res.4");
		assertThat(page.select("#group-RESOLUTION + ol a").eachAttr("href")).first()
			.isEqualTo("/resolutions/ICC-ASP/22/Res.4");
	}

	@Test
	void aCorrigendumsSymbolFindsTheResolutionItCorrects() {
		Document page = page(this.mvc, "/search?q={q}", "ICC-ASP/22/Res.4/Corr.1");
		assertThat(page.select(".named-resolution a").attr("href"))
			.isEqualTo("/resolutions/ICC-ASP/22/Res.4?issued=Corr.1");
		assertThat(page.select(".named-resolution a").text()).startsWith("ICC-ASP/22/Res.4: ");
		assertThat(page.select(".named-resolution .issued-note").text())
			.startsWith("ICC-ASP/22/Res.4/Corr.1 is a corrigendum to ICC-ASP/22/Res.4.");
	}

	@Test
	void aSessionTheRecordsDoNotHoldIsSearchedAsWords() {
		Document page = page(this.mvc, "/search?q={q}", "ASP99");
		assertThat(page.select(".named-sessions")).isEmpty();
		assertThat(page.select("[role=status]").text()).isEqualTo("0 records match “ASP99”");
	}

	@Test
	void aSessionFilterKeepsTheRecordsOfThatSessionAndTheLinksKeepIt() {
		Document page = page(this.mvc, "/search?q={q}&session=22", "court");
		assertThat(page.select("input[name=session]").val()).isEqualTo("22");
		assertThat(page.select(".hits li small").eachText()).isNotEmpty()
			.allMatch((context) -> context.contains("22nd session"));
		assertThat(page.select("section p a[href^=/search?]").eachAttr("href"))
			.allMatch((href) -> href.contains("session=22"));
		assertThat(page.select("a[download]").attr("href")).isEqualTo("/search.csv?q=court&session=22");
	}

	@Test
	void newestFirstOrdersEachKindByTheDateOfItsSession() {
		Document newest = page(this.mvc, "/search?q={q}&kind=BUDGET&sort=NEWEST", "budget");
		Document oldest = page(this.mvc, "/search?q={q}&kind=BUDGET&sort=OLDEST", "budget");
		List<Integer> newestYears = years(newest);
		assertThat(newestYears).hasSizeGreaterThan(2).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(years(oldest)).isSorted().first().isEqualTo(newestYears.stream().min(Integer::compare).get());
		assertThat(newest.select("select[name=sort] option[selected]").text()).isEqualTo("Newest first");
	}

	@Test
	void aRangeOfYearsKeepsTheSessionsHeldInIt() {
		Document page = page(this.mvc, "/search?q={q}&from=2022&to=2023", "cooperation");
		assertThat(page.select("#group-RESOLUTION + ol a").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.startsWith("/resolutions/ICC-ASP/21/")
					|| href.startsWith("/resolutions/ICC-ASP/22/"));
	}

	@Test
	void theEveryKindViewLinksToEachKindWithItsCount() {
		Document page = page(this.mvc, "/search?q={q}", "Libya");
		assertThat(page.select("nav.search-kinds a").eachText())
			.anyMatch((link) -> link.matches("Statements \\(\\d+\\)"));
		assertThat(page.select("nav.search-kinds a").eachAttr("href")).allMatch((href) -> href.startsWith("#group-"));
	}

	/**
	 * A page of one kind's matches links the other kinds with matches, counted as the
	 * every-kind view counts them, keeping the filters.
	 */
	@Test
	void aPageOfOneKindLinksTheOtherKindsWithTheirCounts() {
		List<String> everyKind = page(this.mvc, "/search?q={q}&from=2010", "court").select("nav.search-kinds a")
			.eachText();
		Document resolutions = page(this.mvc, "/search?q={q}&kind=RESOLUTION&from=2010", "court");

		List<String> others = resolutions.select("nav.search-kinds a").eachText();
		assertThat(others).isNotEmpty()
			.allMatch(everyKind::contains)
			.noneMatch((link) -> link.startsWith("Resolutions"));
		assertThat(everyKind).filteredOn((link) -> !link.startsWith("Resolutions")).containsExactlyElementsOf(others);
		assertThat(resolutions.select("nav.search-kinds a").eachAttr("href"))
			.allMatch((href) -> href.startsWith("/search?q=court&kind=") && href.contains("from=2010"));
	}

	@Test
	void filtersOutOfTheRecordAreFriendlyErrors() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/search?q=court&session=99"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/search?q=court&from=2030&to=2020"), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/search?q=court&sort=RANDOM"), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/search?q=court&from=last"), 400,
				"This request cannot be answered");
	}

	private static List<Integer> years(Document page) {
		return page.select(".hits li > a")
			.eachAttr("href")
			.stream()
			.map((href) -> Integer.parseInt(href.substring("/budgets/".length())))
			.toList();
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
