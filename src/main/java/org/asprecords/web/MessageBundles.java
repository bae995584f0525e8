package org.asprecords.web;

import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The portal's texts ({@code spring.messages.basename}), looked up in one table per
 * language.
 *
 * <p>
 * Boot's default message source asks each of the 26 bundles in turn until one has the
 * key, for each of the hundreds of texts a page shows (6% of a session page's CPU). This
 * one, kept for the life of the process, merges the bundles of a language once and
 * answers from that table. The first bundle listed that holds a key still wins, as
 * before.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages
			.setBasenames(Arrays.stream(basenames).map((name) -> "classpath:" + name.trim()).toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
