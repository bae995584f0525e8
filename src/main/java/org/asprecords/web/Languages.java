package org.asprecords.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks the Court's two working languages, English and French. A visitor
 * picks one with a plain link carrying {@code ?lang=fr} or {@code ?lang=en}; a cookie
 * keeps the choice. Until then, the first of the two the browser's Accept-Language asks
 * for is used, and English when it asks for neither. Any other language asked for (in the
 * parameter or a hand-made cookie) is ignored.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

	/**
	 * The query parameter of the language switch.
	 */
	public static final String PARAMETER = "lang";

	static final String COOKIE = "portal-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	/**
	 * The supported language {@code locale} is written in, or null.
	 */
	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		return SUPPORTED.stream()
			.filter((language) -> language.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The language the request's address asks for ({@code ?lang=fr}), or null.
	 */
	public static Locale fromParameter(HttpServletRequest request) {
		String asked = request.getParameter(PARAMETER);
		if (asked == null || asked.isBlank()) {
			return null;
		}
		try {
			return supported(StringUtils.parseLocale(asked.strip()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static Locale fromBrowser(HttpServletRequest request) {
		for (Locale asked : Collections.list(request.getLocales())) {
			Locale language = supported(asked);
			if (language != null) {
				return language;
			}
		}
		return Locale.ENGLISH;
	}

	/**
	 * The cookie is HttpOnly and SameSite=Lax, and Secure when the page was asked over
	 * HTTPS (directly, or through a TLS-terminating proxy that Tomcat trusts).
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver overHttps = new CookieLocaleResolver(COOKIE);
		configure(overHttps, true);
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {

			@Override
			protected Locale parseLocaleValue(String value) {
				return supported(super.parseLocaleValue(value));
			}

			@Override
			public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
					LocaleContext context) {
				if (request.isSecure()) {
					overHttps.setLocaleContext(request, response, context);
				}
				else {
					super.setLocaleContext(request, response, context);
				}
			}

		};
		configure(resolver, false);
		return resolver;
	}

	private static void configure(CookieLocaleResolver resolver, boolean secure) {
		resolver.setDefaultLocaleFunction(Languages::fromBrowser);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(secure);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {

			@Override
			protected Locale parseLocaleValue(String value) {
				Locale language = supported(super.parseLocaleValue(value));
				if (language == null) {
					throw new IllegalArgumentException("Not a language of the portal");
				}
				return language;
			}

		};
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
