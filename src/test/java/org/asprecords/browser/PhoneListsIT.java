package org.asprecords.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public list read on a 360-px-wide phone, in both languages: each cell of its
 * first rows (the title, the speaker, the amount and the rest) lies within the screen, so
 * nothing is reached by scrolling sideways, not even inside the table's own box. And the
 * widest table, the budgets', fits a 1280-px-wide screen whole.
 */
@BrowserTest
class PhoneListsIT {

	/** Every public list of records. */
	static final List<String> LISTS = List.of("/sessions", "/presidents", "/resolutions", "/elections", "/budgets",
			"/statements", "/states", "/people", "/organizations");

	/**
	 * The cells of the first rows of every table that reach beyond the screen, or that
	 * are not shown at all (an empty cell may be left out).
	 */
	private static final String CELLS_OFF_THE_SCREEN = """
			() => {
			  const out = [];
			  const rows = [...document.querySelectorAll('main table tbody tr')].slice(0, 5);
			  if (!rows.length) return document.querySelector('main table') ? ['no rows'] : [];
			  for (const row of rows) {
			    for (const cell of row.querySelectorAll(':scope > th, :scope > td')) {
			      if (!cell.textContent.trim()) continue;
			      const box = cell.getBoundingClientRect();
			      if (box.width === 0 || box.left < -0.5 || box.right > window.innerWidth + 0.5) {
			        out.push(cell.outerHTML.slice(0, 100) + ' spans ' + Math.round(box.left) + '-' + Math.round(box.right));
			      }
			    }
			  }
			  return out.slice(0, 5);
			}""";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void everyListReadsOnAPhoneWithoutScrollingSideways(String language) {
		try (Tab tab = Chromium.tab(this.port, language)) {
			Page page = tab.page();
			SoftAssertions checks = new SoftAssertions();
			page.setViewportSize(Tab.PHONE_WIDTH, 800);
			for (String list : LISTS) {
				checks.assertThat(tab.open(list)).as(list).isEqualTo(200);
				checks.assertThat(page.evaluate(CELLS_OFF_THE_SCREEN))
					.as("%s (%s): cells off a %d-px-wide screen", list, language, Tab.PHONE_WIDTH)
					.asInstanceOf(InstanceOfAssertFactories.LIST)
					.isEmpty();
				checks.assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
					.as("%s (%s): the page fits the screen", list, language)
					.isEqualTo(true);
			}
			checks.assertAll();
		}
	}

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void theBudgetsTableFitsALaptopScreen(String language) {
		try (Tab tab = Chromium.tab(this.port, language)) {
			assertThat(tab.open("/budgets")).isEqualTo(200);
			List<?> measured = (List<?>) tab.page()
				.evaluate("() => { const box = document.querySelector('#budgets').closest('.table-wrap');"
						+ " return [box.scrollWidth, box.clientWidth, [...document.querySelectorAll('#budgets thead th')]"
						+ ".map((th) => Math.round(th.getBoundingClientRect().width))]; }");
			assertThat(((Number) measured.get(0)).intValue())
				.as("the budgets table (%s) at 1280 px, its columns %s", language, measured.get(2))
				.isLessThanOrEqualTo(((Number) measured.get(1)).intValue());
		}
	}

}
