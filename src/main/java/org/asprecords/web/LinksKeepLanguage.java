package org.asprecords.web;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A French public page keeps its reader in French: every link and form action it writes
 * through {@code @{...}} (which Thymeleaf passes to {@code encodeURL}), and every
 * redirect it answers, carries {@code lang=fr}. Assets, links off the portal, links that
 * name a language already and anchors within the page are left as they are. GET forms
 * carry a hidden {@code lang} field instead ({@code fragments/language :: keep}), since a
 * browser replaces the action's query with the form's fields.
 */
@Configuration(proxyBeanMethods = false)
class LinksKeepLanguage {

	/**
	 * Within Spring Security's filters (order -100), whose {@code DisableEncodeUrlFilter}
	 * answers {@code encodeURL} itself without asking the response it wraps.
	 */
	private static final int ORDER = 0;

	private static final String FRENCH = Languages.PARAMETER + "=fr";

	private static final Set<String> ASSET_PREFIXES = Set.of("/css/", "/js/", "/webjars/", "/favicon");

	/**
	 * A scheme ({@code https:}, {@code mailto:}) or a host ({@code //cdn}): off the
	 * portal.
	 */
	private static final Pattern ELSEWHERE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*", Pattern.DOTALL);

	@Bean
	FilterRegistrationBean<KeepFrench> frenchLinks() {
		FilterRegistrationBean<KeepFrench> registration = new FilterRegistrationBean<>(new KeepFrench());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR);
		registration.setOrder(ORDER);
		return registration;
	}

	/**
	 * The link {@code url} on a French public page: with {@code lang=fr} added to its
	 * query when it leads to another page of the portal.
	 */
	static String inFrench(String url, String contextPath) {
		if (url == null || url.isEmpty() || url.startsWith("#") || ELSEWHERE.matcher(url).matches()) {
			return url;
		}
		int hash = url.indexOf('#');
		String fragment = (hash >= 0) ? url.substring(hash) : "";
		String address = (hash >= 0) ? url.substring(0, hash) : url;
		int question = address.indexOf('?');
		String path = (question >= 0) ? address.substring(0, question) : address;
		String query = (question >= 0) ? address.substring(question + 1) : "";
		if (isAsset(path.startsWith(contextPath) ? path.substring(contextPath.length()) : path)
				|| namesLanguage(query)) {
			return url;
		}
		return path + "?" + (query.isEmpty() ? FRENCH : query + "&" + FRENCH) + fragment;
	}

	private static boolean isAsset(String path) {
		return ASSET_PREFIXES.stream().anyMatch(path::startsWith) || path.endsWith(".svg");
	}

	private static boolean namesLanguage(String query) {
		for (String parameter : query.split("&")) {
			if (parameter.split("=", 2)[0].equals(Languages.PARAMETER)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Not a once-per-request filter: an error dispatch writes its page with the
	 * container's response, which must be wrapped again. Wrapping twice adds nothing,
	 * since a link that names its language is left alone.
	 */
	static final class KeepFrench extends HttpFilter {

		@Override
		protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, Languages.isFrenchPublicPage(request)
					? new FrenchLinks(response, request.getContextPath()) : response);
		}

	}

	private static final class FrenchLinks extends HttpServletResponseWrapper {

		private final String contextPath;

		FrenchLinks(HttpServletResponse response, String contextPath) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(inFrench(url, this.contextPath));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(inFrench(url, this.contextPath));
		}

	}

}
