package org.asprecords.pagecache;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.asprecords.web.Languages;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a public page will be written in, known before it is rendered, so that
 * each language of a page is kept apart.
 */
class PageLanguage {

	private final LocaleResolver locales;

	PageLanguage(LocaleResolver locales) {
		this.locales = locales;
	}

	Locale of(HttpServletRequest request) {
		Locale asked = Languages.fromParameter(request);
		return (asked != null) ? asked : this.locales.resolveLocale(request);
	}

	/**
	 * Whether the language came from the request's headers (a cookie, Accept-Language)
	 * rather than its address.
	 */
	boolean varies(HttpServletRequest request) {
		return Languages.fromParameter(request) == null;
	}

}
