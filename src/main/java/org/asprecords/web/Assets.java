package org.asprecords.web;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's stylesheets, script, icon and Pico CSS, served under addresses that name
 * their content ({@code /css/portal-5f1c….css}): a browser, a proxy or a CDN keeps each
 * for a year without asking again, and a new version is a new address.
 * <p>
 * Only these paths are asset paths. Boot's default handler maps {@code /**}, which made
 * the link rewriting of every template (through {@code ResourceUrlEncodingFilter}) look
 * each page link, {@code /sessions/22} and all, up on the class path: 80% of a session
 * page's time. Versioned addresses are computed once per asset and cached
 * ({@link AssetUrls}).
 */
@Configuration(proxyBeanMethods = false)
class Assets implements WebMvcConfigurer {

	static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/**
	 * Boot's link rewriting, registered but off: it stands in for the filter Boot would
	 * add, which looks up every link a page writes, where {@link AssetUrls} gives the
	 * layouts' asset addresses.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		asset(registry, "/css/**", "classpath:/static/css/");
		asset(registry, "/js/**", "classpath:/static/js/");
		asset(registry, "/*.svg", "classpath:/static/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(contentVersions())
			.addResolver(new LiteWebJarsResourceResolver());
	}

	private static void asset(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(contentVersions());
	}

	private static VersionResourceResolver contentVersions() {
		return new VersionResourceResolver().addContentVersionStrategy("/**");
	}

}
