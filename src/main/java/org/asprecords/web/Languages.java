package org.asprecords.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
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
 * The portal speaks the Court's two working languages, English and French.
 * <p>
 * A public page is in English at its plain address and in French with {@code ?lang=fr}:
 * its language is in its address alone, so that a browser, a proxy or a CDN keeps each
 * language of a page under its own URL. No cookie is read or set there and
 * Accept-Language is ignored ({@link AddressLocaleResolver}).
 * <p>
 * The admin area and the sign-in page remember a choice instead: {@code ?lang=fr} or
 * {@code ?lang=en} sets a cookie, and until then the first of the two languages the
 * browser's Accept-Language asks for is used, English when it asks for neither. Any other
 * language asked for (in the parameter or a hand-made cookie) is ignored everywhere.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

	/**
	 * The query parameter of the language.
	 */
	public static final String PARAMETER = "lang";

	static final String COOKIE = "portal-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	/** Where the language is remembered rather than written in the address. */
	private static final Set<String> REMEMBERING = Set.of("/admin", "/login", "/logout");

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

	/**
	 * The language of a public page: the one its address asks for, English otherwise.
	 */
	public static Locale ofAddress(HttpServletRequest request) {
		Locale asked = fromParameter(request);
		return (asked != null) ? asked : Locale.ENGLISH;
	}

	/**
	 * Whether the request is for a public page, whose language is in its address: every
	 * page but the admin area's and sign-in's. An error page belongs to the address the
	 * visitor asked for.
	 */
	public static boolean isPublic(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked) {
			path = asked;
		}
		String local = path.substring(Math.min(request.getContextPath().length(), path.length()));
		return REMEMBERING.stream().noneMatch((prefix) -> local.equals(prefix) || local.startsWith(prefix + "/"));
	}

	/**
	 * Whether a public page is written in French, so that its links keep {@code lang=fr}.
	 */
	public static boolean isFrenchPublicPage(HttpServletRequest request) {
		return isPublic(request) && Locale.FRENCH.equals(ofAddress(request));
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
		CookieLocaleResolver remembered = new CookieLocaleResolver(COOKIE) {

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
		configure(remembered, false);
		return new AddressLocaleResolver(remembered);
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
