package org.asprecords.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public pages and the API answer with an ETag, and a repeated request that sends it back
 * ({@code If-None-Match}) gets {@code 304 Not Modified} without the body: caches and feed
 * readers fetch only what changed. The tag is computed from the answer itself, so it
 * changes exactly when the page does. Downloads (CSV, the open-data files, citations,
 * feeds) are tagged alike. Admin pages are left alone (they are never cached).
 */
@Configuration(proxyBeanMethods = false)
class ConditionalGet {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		ShallowEtagHeaderFilter tags = new ShallowEtagHeaderFilter();
		// Weak: the same tag for the page compressed or not (Tomcat does not compress a
		// response with a strong one)
		tags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(tags);
		registration.addUrlPatterns("/", "/sessions/*", "/sessions", "/resolutions/*", "/resolutions", "/elections/*",
				"/elections", "/budgets/*", "/budgets", "/statements/*", "/statements", "/people/*", "/people",
				"/states/*", "/states", "/organizations/*", "/organizations", "/search", "/api/v1/*", "/sitemap.xml",
				"/feeds/*", "/open-data", "/open-data/*", "/cite/*", "*.csv");
		return registration;
	}

}
