package org.asprecords.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.asprecords.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The chart of /budgets shows the numbers of the table below it: every bar's title is the
 * figure of its year and column as the table writes it, every figure of the table has its
 * bar, and the bars are as long as their amounts.
 */
@IntegrationTest
class BudgetChartIT {

	/** The columns of the table that the chart draws. */
	private static final List<String> FIGURES = List.of("Court's proposal", "CBF recommendation", "Approved");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManager entityManager;

	@Test
	void everyBarIsAFigureOfTheTableAndEveryFigureHasItsBar() {
		Document page = page(this.mvc, "/budgets");
		Map<String, String> figures = tableFigures(page);
		assertThat(figures).as("figures in the table").hasSizeGreaterThan(10);

		Map<String, String> bars = bars(page).stream()
			.collect(Collectors.toMap(BudgetChartIT::barKey, BudgetChartIT::barFigure));

		assertThat(bars).isEqualTo(figures);
	}

	@Test
	void barsAreAsLongAsTheirAmountsFromZero() {
		Document page = page(this.mvc, "/budgets");
		List<Element> bars = bars(page);
		Element zero = page.selectFirst("figure.chart svg line.chart-zero");

		double perEuro = width(bars.get(0)) / euros(barFigure(bars.get(0)));
		assertThat(bars).allSatisfy((bar) -> {
			assertThat(bar.attr("x")).isEqualTo(zero.attr("x1"));
			assertThat(width(bar)).as(bar.text()).isCloseTo(euros(barFigure(bar)) * perEuro, within(0.15));
		});
		double axisEnd = page.select("figure.chart svg .chart-axis line")
			.stream()
			.mapToDouble((line) -> Double.parseDouble(line.attr("x1")))
			.max()
			.orElseThrow();
		assertThat(bars).allSatisfy(
				(bar) -> assertThat(Double.parseDouble(bar.attr("x")) + width(bar)).isLessThanOrEqualTo(axisEnd));
		assertThat(page.select("figure.chart .chart-tick").eachText()).startsWith("€0", "€50m");
	}

	@Test
	void roundedFiguresAreMarkedAsInTheTable() {
		Document page = page(this.mvc, "/budgets");
		List<String> approximateYears = page.select("#budgets tbody tr")
			.stream()
			.filter((row) -> row.select("td")
				.subList(2, 5)
				.stream()
				.anyMatch((cell) -> cell.text().startsWith("about ")))
			.map((row) -> row.selectFirst("th").text())
			.toList();
		assertThat(approximateYears).as("years with rounded figures").isNotEmpty();

		for (String year : approximateYears) {
			Element group = page.getElementById("budgets-chart-" + year);
			assertThat(group.selectFirst("text.chart-note").text()).isEqualTo("about");
			assertThat(group.select("rect > title").eachText()).allMatch((title) -> title.contains(": about €"));
		}
	}

	@Test
	void chartIsNamedDescribedAndLinkedToTheTable() {
		Document page = page(this.mvc, "/budgets");
		Element svg = page.selectFirst("figure.chart svg[role=img]");
		List<Element> rows = page.select("#budgets tbody tr");
		Element latest = rows.stream()
			.filter((row) -> row.select("td").get(4).selectFirst(".visually-hidden") == null)
			.findFirst()
			.orElseThrow();

		assertThat(page.getElementById(svg.attr("aria-labelledby")).text()).startsWith("Programme budgets by year");
		assertThat(page.getElementById(svg.attr("aria-describedby")).text()).contains("The latest approved budget, for "
				+ latest.selectFirst("th").text() + ", is " + latest.select("td").get(4).text() + ".");
		assertThat(svg.attr("viewBox")).matches("0 0 \\d+ [\\d.]+");
		assertThat(page.select("figure.chart figcaption a").attr("href")).isEqualTo("#budgets");
		assertThat(page.select("figure.chart .chart-legend li").eachText()).containsAll(FIGURES);
	}

	@Test
	void yearsWithoutAmountsAreSaidToBeMissingBetweenTheYearsDrawn() {
		Document page = page(this.mvc, "/budgets");
		List<Integer> drawn = page.select("figure.chart g.chart-group")
			.eachAttr("id")
			.stream()
			.map((id) -> Integer.parseInt(id.substring("budgets-chart-".length())))
			.sorted()
			.toList();
		List<String> expected = new ArrayList<>();
		for (int i = 1; i < drawn.size(); i++) {
			int from = drawn.get(i - 1) + 1;
			int to = drawn.get(i) - 1;
			if (from == to) {
				expected.add(from + ": no amount recorded");
			}
			else if (from < to) {
				expected.add(from + "–" + to + ": no amount recorded");
			}
		}
		// 2010 is in the table, adopted without an amount any source gives: not drawn
		assertThat(page.select("#budgets tbody tr th").eachText()).contains("2010");
		assertThat(drawn).doesNotContain(2010).contains(2009, 2011);
		assertThat(expected).contains("2010: no amount recorded");
		assertThat(page.select("figure.chart .chart-gap").eachText()).containsExactlyElementsOf(expected);
	}

	@Test
	void frenchTicksAndTitlesAreWrittenTheFrenchWay() {
		Document page = page(this.mvc, "/budgets?lang=fr");
		List<String> headings = page.select("#budgets thead th").eachText();
		Element row = page.select("#budgets tbody tr")
			.stream()
			.filter((candidate) -> page.getElementById("budgets-chart-" + candidate.selectFirst("th").text()) != null)
			.reduce((first, second) -> second)
			.orElseThrow();
		String year = row.selectFirst("th").text();
		List<String> expected = new ArrayList<>();
		for (int column = 3; column <= 5; column++) {
			Element cell = row.child(column);
			if (cell.selectFirst(".visually-hidden") == null) {
				// jsoup reads the no-break space before the colon as a space
				expected.add(year + ", " + headings.get(column) + " : " + cell.text());
			}
		}

		assertThat(page.select("figure.chart .chart-tick").eachText()).startsWith("0 €", "50 M€");
		assertThat(page.select("#budgets-chart-" + year + " rect > title").eachText()).isEqualTo(expected)
			.allMatch((title) -> title.endsWith(" €"));
	}

	@Test
	@Transactional
	void theFiguresOfADraftBudgetAreNotDrawn() {
		Document before = page(this.mvc, "/budgets");
		String year = this.jdbc.sql("select max(year) from programme_budget where approved is not null")
			.query(Integer.class)
			.single()
			.toString();
		assertThat(before.getElementById("budgets-chart-" + year)).isNotNull();
		List<String> figures = new ArrayList<>(
				before.getElementById("budgets-chart-" + year).select("rect > title").eachText());
		figures.replaceAll((title) -> title.substring(title.indexOf(": ") + 2));

		this.jdbc.sql("update programme_budget set published = false where year = " + year).update();
		this.entityManager.clear();

		Document after = page(this.mvc, "/budgets");
		assertThat(after.getElementById("budgets-chart-" + year)).isNull();
		assertThat(after.select("#budgets tbody tr th").eachText()).doesNotContain(year);
		String chart = after.selectFirst("figure.chart").text() + after.select("figure.chart title").eachText();
		assertThat(figures).isNotEmpty().allSatisfy((figure) -> assertThat(chart).doesNotContain(figure));
	}

	/**
	 * The figures of the table, by "year, column", as the table writes them; a figure not
	 * recorded is not one.
	 */
	private static Map<String, String> tableFigures(Document page) {
		List<String> headings = page.select("#budgets thead th").eachText();
		Map<String, String> figures = new HashMap<>();
		for (Element row : page.select("#budgets tbody tr")) {
			for (String column : FIGURES) {
				Element cell = row.child(headings.indexOf(column));
				if (cell.selectFirst(".visually-hidden") == null) {
					figures.put(row.selectFirst("th").text() + ", " + column, cell.text());
				}
			}
		}
		return figures;
	}

	private static List<Element> bars(Document page) {
		List<Element> bars = page.select("figure.chart svg.chart-drawing rect.chart-bar");
		assertThat(bars).isNotEmpty().allSatisfy((bar) -> assertThat(bar.selectFirst("title")).isNotNull());
		return bars;
	}

	/** "2024, Approved" of the title "2024, Approved: €187,084,300". */
	private static String barKey(Element bar) {
		String title = bar.selectFirst("title").text();
		return title.substring(0, title.indexOf(": "));
	}

	private static String barFigure(Element bar) {
		String title = bar.selectFirst("title").text();
		return title.substring(title.indexOf(": ") + 2);
	}

	private static double euros(String figure) {
		return Double.parseDouble(figure.replaceAll("[^0-9.]", ""));
	}

	private static double width(Element bar) {
		return Double.parseDouble(bar.attr("width"));
	}

}
