package org.asprecords.pagecache;

import org.asprecords.db.RecordChanges;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The page cache, in front of everything but character encoding: a kept page is sent
 * before Spring Session, Spring Security or Spring MVC do any work. On unless
 * {@code portal.page-cache.enabled=false} (the tests of rendering switch it off, since
 * they change records in transactions they roll back, which announce nothing).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "portal.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	/** Before Spring Session's filter (its order is {@code Integer.MIN_VALUE + 50}). */
	private static final int ORDER = Integer.MIN_VALUE + 40;

	@Bean
	RenderedPages renderedPages(@Value("${portal.page-cache.capacity:64MB}") DataSize capacity) {
		return new RenderedPages(capacity);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCache(RenderedPages pages, RecordChanges changes) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(pages, changes));
		registration.setOrder(ORDER);
		return registration;
	}

}
