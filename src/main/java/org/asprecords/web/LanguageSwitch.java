package org.asprecords.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The link of the layouts to the same page in the other language: the current address
 * with every query parameter kept and {@code lang} set, or on a public page in English
 * left out (English is a public page's plain address). Templates call it as
 * {@code th:with="switchHref=${@languageSwitch.href()}"} (Thymeleaf refuses bean calls in
 * {@code th:href} itself). On an error page the address is the one the visitor asked for,
 * not the error dispatch's.
 */
@Component("languageSwitch")
public class LanguageSwitch {

	private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

	private static final String URL_SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%";

	/**
	 * The language the link leads to.
	 */
	public Locale other() {
		return (Locale.FRENCH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())) ? Locale.ENGLISH
				: Locale.FRENCH;
	}

	public String href() {
		HttpServletRequest request = request();
		String path = request.getRequestURI();
		String query = request.getQueryString();
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			query = (String) request.getAttribute(ERROR_QUERY_STRING);
		}
		return link(path, query, other(), Languages.isPublic(request));
	}

	/**
	 * The language a French public page's GET forms keep in a hidden field ({@code fr}),
	 * or null on any other page.
	 */
	public String kept() {
		HttpServletRequest request = request();
		return Languages.isFrenchPublicPage(request) ? Locale.FRENCH.getLanguage() : null;
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	/**
	 * The address {@code path?query} in {@code language}: {@code lang} replaced, or on a
	 * public page ({@code inAddress}) in English removed.
	 */
	static String link(String path, String query, Locale language, boolean inAddress) {
		List<String> parameters = new ArrayList<>();
		if (query != null) {
			for (String parameter : query.split("&")) {
				String name = parameter.split("=", 2)[0];
				if (!parameter.isEmpty() && !name.equals(Languages.PARAMETER)) {
					parameters.add(parameter);
				}
			}
		}
		if (!inAddress || !Locale.ENGLISH.equals(language)) {
			parameters.add(Languages.PARAMETER + "=" + language.getLanguage());
		}
		// One leading slash: "//host" would lead off the portal
		String local = "/" + path.replaceFirst("^/+", "");
		return encode(local) + (parameters.isEmpty() ? "" : "?" + encode(String.join("&", parameters)));
	}

	/**
	 * Percent-encodes what may not stand in a URL as it is (the portal answers addresses
	 * with characters such as {@code <} or spaces pasted in).
	 */
	private static String encode(String text) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && URL_SAFE.indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

}
