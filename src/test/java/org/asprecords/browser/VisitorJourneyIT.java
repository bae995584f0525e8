package org.asprecords.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in a real browser: from the home page to a session and one of its resolutions
 * and back, a resolution found by its symbol however it is typed, the site search, and
 * the filters and pages of the lists, by mouse and by keyboard.
 */
@BrowserTest
class VisitorJourneyIT {

	private static final String BUDGET_2024 = "/resolutions/ICC-ASP/22/Res.4";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void aVisitorGoesFromTheHomePageToASessionToAResolutionAndBack(String language) {
		try (Tab tab = Chromium.tab(this.port, language)) {
			Page page = tab.page();
			tab.open("/");
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.getAttribute('href')")).isEqualTo("#main");
			assertThat(page.locator(".skip-link").boundingBox().x).as("the skip link shows when focused")
				.isGreaterThanOrEqualTo(0);
			page.keyboard().press("Enter");
			// The in-page jump lands after the key press returns: wait for it (a timeout
			// fails the test).
			page.waitForURL("**#main");
			assertThat(page.url()).endsWith("#main");

			// every link keeps the language of the page
			tab.click("header nav a[href='" + tab.address("/sessions") + "']");
			tab.click("main a[href='" + tab.address("/sessions/22") + "']");
			String session = tab.path();
			assertThat(session).isEqualTo(tab.address("/sessions/22"));
			String title = page.locator("h1").textContent();
			tab.checkPrint("session");

			Locator resolution = page.locator("#resolutions-heading + .table-wrap tbody a").first();
			String symbol = resolution.textContent();
			tab.follow(resolution::click);
			assertThat(tab.path()).isEqualTo(tab.address("/resolutions/" + symbol));
			assertThat(page.locator("h1").textContent()).isEqualTo(symbol);
			tab.checkPrint("resolution");

			tab.follow(page::goBack);
			assertThat(tab.path()).isEqualTo(session);
			assertThat(page.locator("h1").textContent()).isEqualTo(title);
			tab.follow(page::goBack);
			assertThat(tab.path()).isEqualTo(tab.address("/sessions"));
		}
	}

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void aResolutionIsFoundByItsSymbolHoweverItIsTyped(String language) {
		try (Tab tab = Chromium.tab(this.port, language)) {
			for (String typed : List.of("ICC-ASP/22/Res.4", "icc asp 22 res 4", "22/Res.4", "ICC ASP 22 Res 4",
					"asp/22/res4")) {
				tab.open("/");
				tab.page().locator("#home-symbol").fill(typed);
				tab.follow(() -> tab.page().locator("#home-symbol").press("Enter"));
				assertThat(tab.path()).as(typed).isEqualTo(tab.address(BUDGET_2024));
			}
			tab.open("/resolutions");
			tab.page().locator("#resolution-q").fill("icc-asp/22/res.04");
			tab.follow(() -> tab.page().locator("#resolution-q").press("Enter"));
			assertThat(tab.path()).isEqualTo(tab.address(BUDGET_2024));
			tab.check("resolution");
		}
	}

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void theSiteSearchFindsRecordsOfSeveralKinds(String language) {
		try (Tab tab = Chromium.tab(this.port, language)) {
			tab.open("/sessions");
			tab.page().locator("#site-search-q").fill("Libya");
			tab.follow(() -> tab.page().locator("#site-search-q").press("Enter"));
			assertThat(tab.path()).isEqualTo(tab.address("/search?q=Libya"));
			assertThat(tab.page().locator("main h2").count()).as("groups of results").isGreaterThan(1);
			assertThat(tab.page().locator(".hits mark").allTextContents()).contains("Libya");
			tab.check("search");
		}
	}

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void filtersNarrowAListAndItsPagesAreWalkedInTurn(String language) {
		try (Tab tab = Chromium.tab(this.port, language)) {
			Page page = tab.page();
			tab.open("/resolutions");
			page.locator("#filter-session").selectOption("22");
			tab.click("form.filters button[type=submit]");
			assertThat(tab.path()).contains("session=22");
			assertThat(page.locator("main table tbody th a").allTextContents()).isNotEmpty()
				.allMatch((symbol) -> symbol.startsWith("ICC-ASP/22/"));
			tab.check("resolutions-filtered");

			tab.open("/states");
			tab.click("nav.pagination a[rel=next]");
			// The page links keep the other parameters of the list's address (the
			// language among them).
			assertThat(tab.path()).startsWith("/states?").contains("page=2");
			assertThat(page.locator("nav.pagination [aria-current=page]").textContent()).isEqualTo("2");
			tab.check("states-page-2");
			tab.click("nav.pagination a[rel=prev]");
			assertThat(page.locator("nav.pagination [aria-current=page]").textContent()).isEqualTo("1");
		}
	}

}
