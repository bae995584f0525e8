package org.asprecords.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each language of a public page has its own address: a French reader who follows links
 * and sends the search and filter forms stays in French, since every address a French
 * page writes keeps {@code lang=fr}; the page names both addresses for search engines.
 */
@IntegrationTest
class LanguageAddressesIT {

	private static final String ROOT = "http://localhost";

	/** How many pages the crawl reads: enough to reach every kind of page from home. */
	private static final int CRAWLED = 40;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aFrenchReaderWhoFollowsLinksStaysInFrench() {
		Deque<String> toRead = new ArrayDeque<>(List.of("/?lang=fr", "/sessions/22?lang=fr",
				"/resolutions?q=cooperation&lang=fr", "/statements?lang=fr", "/elections?lang=fr",
				"/search?q=budget&lang=fr", "/sessions?page=2&lang=fr", "/sessions/99?lang=fr"));
		Set<String> seen = new LinkedHashSet<>(toRead);
		int read = 0;
		while (!toRead.isEmpty() && read < CRAWLED) {
			String address = toRead.removeFirst();
			MvcTestResult result = this.mvc.get().uri(address).accept(MediaType.TEXT_HTML).exchange();
			String type = result.getResponse().getContentType();
			if (type == null || !type.startsWith(MediaType.TEXT_HTML_VALUE)) {
				continue;
			}
			read++;
			Document page = Pages.parse(result);
			assertThat(page.selectFirst("html").attr("lang")).as(address).isEqualTo("fr");
			for (String link : portalLinks(page)) {
				assertThat(isFrench(link)).as("a link on " + address + ": " + link).isTrue();
				if (seen.add(link) && link.startsWith("/")) {
					toRead.addLast(link);
				}
			}
			for (Element form : page.select("form[method=get]")) {
				assertThat(form.select("input[type=hidden][name=lang]").eachAttr("value"))
					.as("a form on " + address + " to " + form.attr("action"))
					.containsExactly("fr");
			}
			assertThat(assetLinks(page)).as("assets of " + address).isNotEmpty().noneMatch((a) -> a.contains("lang="));
		}
		assertThat(read).as("French pages read").isEqualTo(CRAWLED);
	}

	@Test
	void englishPagesWriteNoLanguageInTheirLinksNorForms() {
		for (String address : List.of("/", "/sessions/22", "/resolutions?topic=budget")) {
			Document page = Pages.page(this.mvc, address);
			assertThat(portalLinks(page)).as(address).isNotEmpty().noneMatch((link) -> link.contains("lang="));
			assertThat(page.select("input[name=lang]")).as(address).isEmpty();
		}
	}

	@Test
	void aFrenchSearchThatFindsOneResolutionLeadsToItInFrench() {
		MvcTestResult found = this.mvc.get().uri("/resolutions?q=ICC-ASP/22/Res.4&lang=fr").exchange();
		assertThat(found).hasStatus3xxRedirection();
		assertThat(found.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("/resolutions/ICC-ASP/22/Res.4?lang=fr");
	}

	@Test
	void eachPageNamesItsAddressInEachLanguage() {
		Document french = Pages.page(this.mvc, "/resolutions?topic=budget&lang=fr");
		assertThat(french.selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo(ROOT + "/resolutions?topic=budget&lang=fr");
		assertAlternates(french, ROOT + "/resolutions?topic=budget", ROOT + "/resolutions?topic=budget&lang=fr");

		Document english = Pages.page(this.mvc, "/sessions/22");
		assertThat(english.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(ROOT + "/sessions/22");
		assertAlternates(english, ROOT + "/sessions/22", ROOT + "/sessions/22?lang=fr");

		assertAlternates(Pages.page(this.mvc, "/?lang=fr"), ROOT + "/", ROOT + "/?lang=fr");
	}

	private static void assertAlternates(Document page, String english, String french) {
		assertThat(page.selectFirst("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(english);
		assertThat(page.selectFirst("link[rel=alternate][hreflang=fr]").attr("href")).isEqualTo(french);
		assertThat(page.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href")).isEqualTo(english);
	}

	/**
	 * Every page of the portal a page leads to, links to other languages aside: its
	 * links, form actions and head links, as local paths. The JSON twin is not a page:
	 * the API is the same in both languages.
	 */
	private static List<String> portalLinks(Document page) {
		List<String> links = new java.util.ArrayList<>();
		for (Element element : page.select("a[href], form[action], link[href]")) {
			String link = element.hasAttr("action") ? element.attr("action") : element.attr("href");
			if (link.startsWith(ROOT + "/")) {
				link = link.substring(ROOT.length());
			}
			boolean otherLanguage = element.hasClass("language-switch") || element.hasAttr("hreflang");
			boolean json = element.attr("type").equals(MediaType.APPLICATION_JSON_VALUE);
			if (link.startsWith("/") && !link.startsWith("//") && !otherLanguage && !json && !isAsset(element)) {
				links.add(link);
			}
		}
		return links;
	}

	private static List<String> assetLinks(Document page) {
		List<String> assets = new java.util.ArrayList<>(page.select("script[src]").eachAttr("src"));
		page.select("link[href]")
			.stream()
			.filter(LanguageAddressesIT::isAsset)
			.forEach((l) -> assets.add(l.attr("href")));
		return assets;
	}

	private static boolean isAsset(Element element) {
		return element.is("link[rel~=stylesheet|icon]");
	}

	private static boolean isFrench(String link) {
		return UriComponentsBuilder.fromUriString(link)
			.build()
			.getQueryParams()
			.getOrDefault("lang", List.of())
			.equals(List.of("fr"));
	}

}
