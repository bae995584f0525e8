package org.asprecords.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.asprecords.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.fact;
import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French visitor reads State names in French on every page that names one: each link to
 * a State's page, in the lists, the session and election pages, the statements and the
 * search, says the name CLDR gives its ISO code in French, or the name the Assembly's
 * records use where CLDR's differs. English pages keep the records' own names.
 */
@IntegrationTest
class FrenchStateNamesIT {

	/** Where CLDR's French name is not the one the records use. */
	private static final Map<String, String> RECORDS_USE = Map.of("KR", "République de Corée", "MM", "Myanmar", "PS",
			"Palestine");

	private static final List<String> PAGES = List.of("/states", "/states?page=2", "/states?page=3", "/states?page=4",
			"/states?page=5", "/people", "/people?page=2", "/people?page=3", "/people?page=4", "/organizations",
			"/sessions/22", "/sessions/23", "/elections/22/judges", "/elections/22/assembly-presidency",
			"/statements/22/cooperation-costa-rica-joint", "/sessions/22/side-events/hrd-side-event",
			"/people/o-gon-kwon", "/states/republic-of-korea", "/search?q=korea", "/statements");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyLinkToAStateSaysItsFrenchName() {
		Map<String, String> codes = new HashMap<>();
		this.jdbc.sql("select slug, code from state where code is not null")
			.query((rs, n) -> codes.put(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(codes).hasSizeGreaterThan(90);
		List<String> seen = new ArrayList<>();
		for (String uri : PAGES) {
			Document page = page(this.mvc, uri + (uri.contains("?") ? "&" : "?") + "lang=fr");
			for (Element link : page.select("main a[href^=/states/]")) {
				String slug = link.attr("href").replaceFirst("^/states/([^?#]+).*$", "$1");
				String code = codes.get(slug);
				assertThat(code).as(slug).isNotNull();
				String french = RECORDS_USE.getOrDefault(code,
						new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.FRENCH));
				assertThat(link.text()).as(uri + " " + slug).isEqualTo(french);
				seen.add(link.text());
			}
		}
		assertThat(seen).contains("République de Corée", "Allemagne", "Pays-Bas", "Roumanie", "Afrique du Sud",
				"Tunisie", "Finlande", "États-Unis");
		assertThat(seen).doesNotContain("Republic of Korea", "Germany", "Netherlands", "Romania");
	}

	@Test
	void frenchPagesNameStatesAndPlacesInFrench() {
		Document korea = page(this.mvc, "/states/republic-of-korea?lang=fr");
		assertThat(korea.selectFirst("h1").text()).isEqualTo("République de Corée");
		assertThat(korea.title()).startsWith("République de Corée ·");
		assertThat(fact(page(this.mvc, "/sessions/22?lang=fr"), "Lieu").text())
			.isEqualTo("Siège de l’Organisation des Nations Unies, New York, États-Unis");
		assertThat(fact(page(this.mvc, "/sessions/23?lang=fr"), "Lieu").text())
			.isEqualTo("World Forum Convention Center, La Haye, Pays-Bas");
		assertThat(page(this.mvc, "/search?q=korea&lang=fr").select("main li a[href^=/states/republic-of-korea]")
			.eachText()).containsExactly("République de Corée");
	}

	@Test
	void theFrenchListOfStatesIsInTheOrderOfTheirFrenchNames() {
		List<String> names = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			names.addAll(page(this.mvc, "/states?lang=fr&page=" + page).select("tbody th a").eachText());
		}
		assertThat(names).hasSizeGreaterThan(90)
			.isSortedAccordingTo(Collator.getInstance(Locale.FRENCH))
			.startsWith("Afghanistan", "Afrique du Sud", "Albanie", "Allemagne");
	}

	@Test
	void englishPagesKeepTheRecordsNames() {
		assertThat(page(this.mvc, "/states/republic-of-korea").selectFirst("h1").text()).isEqualTo("Republic of Korea");
		assertThat(fact(page(this.mvc, "/sessions/22"), "Place").text())
			.isEqualTo("United Nations Headquarters, New York, United States");
		assertThat(page(this.mvc, "/states").select("main a[href=/states/andorra]").text()).isEqualTo("Andorra");
		assertThat(page(this.mvc, "/states?lang=fr").select("main a[href^=/states/andorra]").text())
			.isEqualTo("Andorre");
	}

}
