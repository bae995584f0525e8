package org.asprecords.security;

import java.util.List;
import java.util.function.Function;

import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What a public site's answers say to browsers about themselves: the same security
 * headers on public pages, admin pages, error pages, the API and downloads; HSTS over
 * HTTPS only; admin pages never stored; documents meant for reuse loadable by other
 * sites. (The same over a real server, behind a proxy and on what Tomcat refuses by
 * itself: {@link ForgedProxyHeadersIT}, {@link RejectedRequestsIT}.)
 */
@IntegrationTest
class SecurityHeadersIT {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/sessions/22", "/resolutions?page=2", "/login", "/sessions/nope", "/budgets/-1",
			"/api/v1/sessions", "/api/v1/sessions/nope", "/resolutions.csv", "/open-data/asp-records.json",
			"/feeds/all.atom", "/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4", "/sitemap.xml", "/admin" })
	void everyAnswerCarriesTheSecurityHeaders(String uri) {
		MockHttpServletResponse plain = this.mvc.get().uri(uri).accept(MediaType.ALL).exchange().getResponse();
		assertSecurityHeaders(plain::getHeaders);
		assertThat(plain.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();

		MockHttpServletResponse overHttps = this.mvc.get()
			.uri(uri)
			.secure(true)
			.accept(MediaType.ALL)
			.exchange()
			.getResponse();
		assertSecurityHeaders(overHttps::getHeaders);
		assertThat(overHttps.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
	}

	@Test
	void adminPagesAreNeverStoredAndCarryTheSecurityHeaders() {
		for (String uri : List.of("/admin", "/admin/users", "/admin/sessions")) {
			MockHttpServletResponse page = this.mvc.get()
				.uri(uri)
				.with(user("admin").roles("ADMIN"))
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.getResponse();
			assertThat(page.getStatus()).as(uri).isEqualTo(200);
			assertThat(page.getHeader("Cache-Control")).as(uri).contains("no-store");
			assertSecurityHeaders(page::getHeaders);
		}
	}

	@Test
	void onlyDocumentsMeantForReuseMayBeLoadedByOtherSites() {
		for (String uri : List.of("/api/v1/sessions", "/api/v1/resolutions/ICC-ASP/22/Res.4", "/resolutions.csv",
				"/open-data/asp-records.json", "/feeds/all.atom", "/cite/csl-json?record=/sessions/22")) {
			assertThat(get(uri).getHeader("Cross-Origin-Resource-Policy")).as(uri).isEqualTo("cross-origin");
		}
		for (String uri : List.of("/", "/sessions/22", "/login", "/open-data", "/sessions/nope", "/css/portal.css")) {
			assertThat(get(uri).getHeader("Cross-Origin-Resource-Policy")).as(uri).isEqualTo("same-origin");
		}
	}

	@Test
	void theLanguageCookieIsHttpOnlySameSiteAndSecureOverHttps() {
		MvcTestResult plain = this.mvc.get().uri("/login?lang=fr").exchange();
		assertThat(languageCookie(plain)).contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");

		MvcTestResult overHttps = this.mvc.get().uri("/login?lang=fr").secure(true).exchange();
		assertThat(languageCookie(overHttps)).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
		assertThat(overHttps).bodyText().contains("Connexion");
	}

	/**
	 * The language cookie an answer sets, whichever other cookie it sets before it (the
	 * CSRF token, on a first request).
	 */
	private static String languageCookie(MvcTestResult result) {
		List<String> cookies = result.getResponse().getHeaders("Set-Cookie");
		assertThat(cookies).filteredOn((cookie) -> cookie.startsWith("portal-lang=fr;")).hasSize(1);
		return cookies.stream().filter((cookie) -> cookie.startsWith("portal-lang=fr;")).findFirst().orElseThrow();
	}

	private MockHttpServletResponse get(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.ALL).exchange().getResponse();
	}

	/**
	 * Checks the headers of an answer, as {@code headers} gives the values of each name:
	 * every security header once, and no server named.
	 */
	static void assertSecurityHeaders(Function<String, List<String>> headers) {
		assertThat(headers.apply("Content-Security-Policy")).containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(headers.apply("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(headers.apply("X-Frame-Options")).containsExactly("DENY");
		assertThat(headers.apply("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
		assertThat(headers.apply("Permissions-Policy")).singleElement()
			.asString()
			.contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "browsing-topics=()");
		assertThat(headers.apply("Cross-Origin-Opener-Policy")).containsExactly("same-origin");
		assertThat(headers.apply("Cross-Origin-Resource-Policy")).singleElement().isIn("same-origin", "cross-origin");
		assertThat(headers.apply("Server")).isEmpty();
		assertThat(headers.apply("X-Powered-By")).isEmpty();
	}

}
