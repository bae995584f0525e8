package org.asprecords.web;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Public pages and the API answer with an ETag, and a repeated request that sends it back
 * ({@code If-None-Match}) gets {@code 304 Not Modified} without the body: caches and feed
 * readers fetch only what changed. The tag is computed from the answer itself
 * ({@link ContentTags}), so it changes exactly when the page does. Downloads (CSV, the
 * open-data files, citations, feeds) are tagged alike. Admin pages are left alone (they
 * are never cached).
 */
@Configuration(proxyBeanMethods = false)
class ConditionalGet {

	@Bean
	FilterRegistrationBean<ContentTags> etags() {
		FilterRegistrationBean<ContentTags> registration = new FilterRegistrationBean<>(new ContentTags());
		registration.addUrlPatterns(PAGES.toArray(String[]::new));
		return registration;
	}

	/**
	 * Every public list and the pages under it ({@link RecordPaths.Collection}), and the
	 * pages that are not a kind's: home, search, the API, sitemap, feeds, open data,
	 * citations and CSV downloads.
	 */
	static final List<String> PAGES = Stream
		.concat(RecordPaths.Collection.paths().stream().flatMap((list) -> Stream.of(list, list + "/*")),
				Stream.of("/", "/search", "/api/v1/*", "/sitemap.xml", "/sitemaps/*", "/feeds/*", "/open-data",
						"/open-data/*", "/cite/*", "*.csv"))
		.toList();

}
