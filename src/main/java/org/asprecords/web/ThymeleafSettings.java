package org.asprecords.web;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the portal changes in Boot's Thymeleaf beans: views that are HTML whatever was
 * asked for, rendered on a {@link RenderScopedRequest}, and caches sized for every
 * template and expression the portal has.
 */
@Configuration(proxyBeanMethods = false)
class ThymeleafSettings {

	/** Well above the templates and fragments the portal's pages and forms use. */
	private static final int TEMPLATES = 1_000;

	/** Well above the expressions the portal's pages and forms hold. */
	private static final int EXPRESSIONS = 20_000;

	@Bean
	static BeanPostProcessor thymeleafBeansAdjusted() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					htmlViews(resolver);
				}
				if (bean instanceof TemplateEngine engine) {
					sizedCaches(engine);
				}
				return bean;
			}
		};
	}

	/**
	 * Every view the portal renders is an HTML page, and says so whatever the address or
	 * the request's {@code Accept}. Left to itself, Thymeleaf labels a view with the type
	 * the request asked for, or with the type its address's extension names: the 404 page
	 * of a feed ({@code /feeds/nope.atom}), asked for as a feed reader asks, went out as
	 * HTML labelled {@code application/atom+xml}, which the reader then failed to parse.
	 */
	private static void htmlViews(ThymeleafViewResolver resolver) {
		resolver.setForceContentType(true);
		resolver.setViewClass(RenderScopedView.class);
	}

	/**
	 * Thymeleaf keeps 200 templates and 500 expressions by default; the portal's public
	 * pages alone hold about 200 templates and fragments and 1,600 expressions. Served
	 * one page at a time, the pages fit; served as visitors ask for them, each page
	 * pushed out expressions another had parsed. An expression parsed again is a new SpEL
	 * expression: interpreted a hundred times, then compiled again into a new class, so
	 * that under a mix of the public pages the JVM defined a class every two or three
	 * requests without end and spent 40% more CPU a request. Templates and expressions
	 * are bounded (no expression is built from a record's data), so caches larger than
	 * their count keep each one parsed and compiled once
	 * ({@code ExpressionsParsedOnceIT}).
	 */
	private static void sizedCaches(TemplateEngine engine) {
		StandardCacheManager caches = new StandardCacheManager();
		caches.setTemplateCacheMaxSize(TEMPLATES);
		caches.setExpressionCacheMaxSize(EXPRESSIONS);
		engine.setCacheManager(caches);
	}

}
