package org.asprecords.web;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every view the portal renders is an HTML page, and says so whatever the address or the
 * request's {@code Accept}. Left to itself, Thymeleaf labels a view with the type the
 * request asked for, or with the type its address's extension names: the 404 page of a
 * feed ({@code /feeds/nope.atom}), asked for as a feed reader asks, went out as HTML
 * labelled {@code application/atom+xml}, which the reader then failed to parse.
 */
@Configuration(proxyBeanMethods = false)
class HtmlViews {

	@Bean
	static BeanPostProcessor htmlViewsForceTheirType() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setForceContentType(true);
					resolver.setViewClass(RenderScopedView.class);
				}
				return bean;
			}
		};
	}

}
