package org.asprecords.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Sitemaps;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page has its JSON twin: the page links to it in its head, it answers, it
 * is about the same record, and it carries the facts the page shows.
 */
@IntegrationTest
class JsonTwinsIT {

	private static final String ROOT = "http://localhost";

	/** Pages of each shape checked: a sample, so that every kind is covered cheaply. */
	private static final int PER_SHAPE = 3;

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyKindOfPublicPageLinksToItsJsonTwin() throws Exception {
		List<String> pages = new ArrayList<>(List.of("/", "/sessions", "/resolutions", "/resolutions?session=22",
				"/elections", "/budgets", "/statements", "/people", "/states", "/organizations", "/search?q=victims"));
		Map<String, List<String>> byShape = new LinkedHashMap<>();
		for (String location : sitemap()) {
			String path = location.substring(ROOT.length());
			byShape.computeIfAbsent(shape(path), (shape) -> new ArrayList<>()).add(path);
		}
		assertThat(byShape.keySet()).as("the shapes of record pages")
			.contains("/sessions/*", "/sessions/*/side-events/*", "/sessions/*/amendments/*", "/sessions/*/policies/*",
					"/sessions/*/decisions/*", "/resolutions/*", "/elections/*", "/budgets/*", "/statements/*",
					"/people/*", "/states/*", "/organizations/*");
		byShape.values().forEach((paths) -> pages.addAll(paths.subList(0, Math.min(PER_SHAPE, paths.size()))));

		for (String path : pages) {
			Document page = Pages.page(this.mvc, path);
			String json = page.selectFirst("head link[rel=alternate][type=application/json]").attr("href");
			String body = json(json.substring(ROOT.length()));
			if (!path.contains("?") && !byShape.containsKey(path) && !isList(path)) {
				List<String> links = JsonPath.read(body, "$..links.html");
				assertThat(links).as("the JSON of " + path + " is about its page").contains(ROOT + path);
			}
		}
	}

	@Test
	void anOutcomesJsonCarriesTheFactsOfItsPage() throws Exception {
		for (String kind : List.of("side-events", "amendments", "policies", "decisions")) {
			for (String location : sitemap().stream().filter((l) -> l.contains("/" + kind + "/")).toList()) {
				String path = location.substring(ROOT.length());
				Document page = Pages.page(this.mvc, path);
				String body = json("/api/v1" + path);
				String text = page.select("main").text();
				List<String> shown = new ArrayList<>();
				for (String field : List.of("$.title", "$.name", "$.subject", "$.provision", "$.summary")) {
					String value = JsonPath.<Map<String, Object>>read(body, "$").containsKey(field.substring(2))
							? JsonPath.read(body, field) : null;
					if (value != null) {
						shown.add(value);
					}
				}
				shown.addAll(JsonPath.read(body, "$..sources[*]"));
				shown.addAll(JsonPath.read(body, "$..organizers[*].name"));
				shown.addAll(JsonPath.read(body, "$..cosponsors[*].name"));
				assertThat(shown).as(path).isNotEmpty();
				assertThat(shown).as(path).allSatisfy((fact) -> assertThat(text).contains(fact));
				List<String> resolutions = JsonPath.read(body, "$..resolution.key");
				resolutions.forEach((symbol) -> assertThat(page.select("main a[href=/resolutions/" + symbol + "]"))
					.as(path + " links to " + symbol)
					.isNotEmpty());
				List<Integer> seats = JsonPath.read(body, "$..allocations[*].seats");
				seats.forEach((n) -> assertThat(text).contains(String.valueOf(n)));
			}
		}
	}

	@Test
	void aSessionsJsonListsEveryOutcomeItsPageLinksTo() throws Exception {
		Document page = Pages.page(this.mvc, "/sessions/22");
		List<String> linked = page
			.select("main a[href^=/sessions/22/], main a[href^=/resolutions/], "
					+ "main a[href^=/elections/], main a[href^=/statements/], main a[href^=/budgets/]")
			.eachAttr("href")
			.stream()
			.distinct()
			.map((href) -> ROOT + href)
			.toList();

		List<String> inJson = JsonPath.read(json("/api/v1/sessions/22"),
				"$['resolutions','elections','budgets','statements','sideEvents','amendments','policies','decisions'][*].links.html");

		assertThat(inJson).containsExactlyInAnyOrderElementsOf(linked);
	}

	@Test
	void theApisRootCarriesTheHomePagesFigures() throws Exception {
		Document home = Pages.page(this.mvc, "/");
		String body = json("/api/v1");

		for (String figure : List.of("sessions", "resolutions", "elections", "statements")) {
			String shown = home.select(".key-facts a[href=/" + figure + "]").text();
			assertThat(JsonPath.<Integer>read(body, "$.figures." + figure)).as(figure)
				.isEqualTo(Integer.valueOf(shown.replaceAll("\\D", "")));
		}
		int year = JsonPath.read(body, "$.figures.latestBudget.year");
		String approved = home.select(".key-facts a[href=/budgets/" + year + "]").text();
		assertThat(new BigDecimal(JsonPath.<String>read(body, "$.figures.latestBudget.approved.amount")))
			.isEqualByComparingTo(new BigDecimal(approved.replaceAll("\\D", "")));
		String newest = JsonPath.read(body, "$.figures.newestStateParty.slug");
		assertThat(home.select(".key-facts a[href=/states/" + newest + "]").text())
			.isEqualTo(JsonPath.read(body, "$.figures.newestStateParty.name"));
		String latest = JsonPath.read(body, "$.latestSession.links.html");
		assertThat(home.select("main a").eachAttr("href")).contains(latest.substring(ROOT.length()));
		Map<String, String> collections = JsonPath.read(body, "$.collections");
		for (String collection : collections.values()) {
			json(collection.substring(ROOT.length()) + (collection.endsWith("/search") ? "?q=court" : ""));
		}
	}

	@Test
	void anUnknownOutcomeIsAProblem() {
		for (String path : List.of("/api/v1/sessions/22/decisions/none", "/api/v1/sessions/99/amendments/none",
				"/api/v1/sessions/22/policies/none", "/api/v1/sessions/22/side-events/none")) {
			MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange();
			assertThat(result).as(path).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	/** A page's address with its record's keys replaced by stars: its kind of page. */
	private static String shape(String path) {
		if (path.startsWith("/resolutions/")) {
			return "/resolutions/*";
		}
		String[] segments = path.substring(1).split("/");
		StringBuilder shape = new StringBuilder("/").append(segments[0]);
		if (segments.length == 4) {
			return shape.append("/*/").append(segments[2]).append("/*").toString();
		}
		return shape.append("/*").toString();
	}

	private static boolean isList(String path) {
		return path.equals("/") || path.indexOf('/', 1) < 0;
	}

	private List<String> sitemap() {
		return Sitemaps.locations(this.mvc)
			.stream()
			.filter((location) -> !isList(location.substring(ROOT.length())))
			.toList();
	}

	private String json(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return result.getResponse().getContentAsString();
	}

}
