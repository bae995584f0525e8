package org.asprecords.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * The language of a public page is its address's ({@link Languages#ofAddress}): nothing
 * else is read, and a choice made there ({@code ?lang=fr}, through the locale change
 * interceptor) sets no cookie, since the address already carries it. Elsewhere (the admin
 * area, sign-in) the cookie resolver decides and remembers.
 */
class AddressLocaleResolver implements LocaleContextResolver {

	private final LocaleContextResolver remembered;

	AddressLocaleResolver(LocaleContextResolver remembered) {
		this.remembered = remembered;
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return Languages.isPublic(request) ? new SimpleLocaleContext(Languages.ofAddress(request))
				: this.remembered.resolveLocaleContext(request);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
		if (!Languages.isPublic(request)) {
			this.remembered.setLocaleContext(request, response, context);
		}
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Languages.isPublic(request) ? Languages.ofAddress(request) : this.remembered.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		setLocaleContext(request, response, (locale != null) ? new SimpleLocaleContext(locale) : null);
	}

}
