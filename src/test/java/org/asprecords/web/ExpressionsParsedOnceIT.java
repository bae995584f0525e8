package org.asprecords.web;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Sitemaps;
import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates' expressions are parsed and compiled once, however visitors move from
 * page to page. An expression pushed out of Thymeleaf's cache by another page's
 * ({@link ThymeleafSettings}) is parsed again into a new SpEL expression, interpreted a
 * hundred times and compiled again into one more class; so is an expression whose text
 * two templates share for two classes of record (compiled for one, its code fails on the
 * other). Under a mix of the public pages that was a class every two or three requests,
 * and 40% more CPU a request.
 */
@IntegrationTest
class ExpressionsParsedOnceIT {

	/**
	 * How many pages of each part of the sitemap are read: every template, several
	 * records.
	 */
	private static final int PER_KIND = 12;

	/** Lists, filters and searches, which the sitemap does not list. */
	private static final List<String> UNLISTED = List.of("/resolutions?topic=cooperation", "/resolutions?q=cooperation",
			"/resolutions?session=22", "/elections?body=JUDGES", "/statements?session=21", "/search?q=budget",
			"/search?q=bangladesh", "/search?q=aggression&kind=RESOLUTION", "/sessions/22/side-events",
			"/states/finland/people", "/people/paivi-kaukoranta/statements",
			"/organizations/coalition-for-the-icc/members");

	/** Where a SpEL expression keeps its compiled code: Spring offers no getter. */
	private static final Field COMPILED;

	static {
		try {
			COMPILED = SpelExpression.class.getDeclaredField("compiledAst");
			COMPILED.setAccessible(true);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("SpelExpression no longer keeps its compiled code in compiledAst", ex);
		}
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void everyPublicPageKeepsTheExpressionsParsedAndCompiledForTheOthers() throws ReflectiveOperationException {
		List<String> pages = new ArrayList<>();
		for (String sitemap : Sitemaps.parts(this.mvc)) {
			Sitemaps.read(this.mvc, URI.create(sitemap).getRawPath())
				.select("url > loc")
				.eachText()
				.stream()
				.limit(PER_KIND)
				.forEach((location) -> pages.add(URI.create(location).getRawPath()));
		}
		pages.addAll(UNLISTED);
		renderEach(pages);
		List<SpelExpression> parsed = expressions();
		// Compiled now, each for the classes it last met; rendering every page again
		// then shows which meet another class (their compiled code is dropped).
		Map<SpelExpression, Object> compiled = new IdentityHashMap<>();
		for (SpelExpression expression : parsed) {
			expression.compileExpression();
			compiled.put(expression, COMPILED.get(expression));
		}
		assertThat(compiled.values()).as("expressions compiled").filteredOn(Objects::nonNull).isNotEmpty();

		renderEach(pages);

		Set<SpelExpression> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		kept.addAll(expressions());
		assertThat(parsed).as("expressions parsed again").allMatch(kept::contains);
		Set<String> compiledAgain = new TreeSet<>();
		for (SpelExpression expression : parsed) {
			Object before = compiled.get(expression);
			if (before != null && COMPILED.get(expression) != before) {
				compiledAgain.add(expression.getExpressionString());
			}
		}
		assertThat(compiledAgain).as("expressions that met another class than they were compiled for").isEmpty();
	}

	private void renderEach(List<String> pages) {
		for (String page : pages) {
			assertThat(this.mvc.get().uri(page).exchange().getResponse().getStatus()).as(page).isEqualTo(200);
		}
	}

	/** The SpEL expressions in Thymeleaf's cache. */
	private List<SpelExpression> expressions() throws ReflectiveOperationException {
		ICache<ExpressionCacheKey, Object> cache = this.engine.getConfiguration()
			.getCacheManager()
			.getExpressionCache();
		List<SpelExpression> expressions = new ArrayList<>();
		for (ExpressionCacheKey key : cache.keySet()) {
			Object value = cache.get(key);
			if (value != null && value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
				Field expression = value.getClass().getDeclaredField("expression");
				expression.setAccessible(true);
				expressions.add((SpelExpression) expression.get(value));
			}
		}
		assertThat(expressions).as("SpEL expressions in Thymeleaf's cache").isNotEmpty();
		return expressions;
	}

}
