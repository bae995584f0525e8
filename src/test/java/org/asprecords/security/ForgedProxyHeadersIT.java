package org.asprecords.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.asprecords.support.RawHttp;
import org.asprecords.support.RawHttp.Answer;
import org.asprecords.support.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests to the running portal that claim another host, through the {@code Host} header
 * or the proxy headers Tomcat trusts from this machine's own address
 * ({@code X-Forwarded-Host}, {@code -Proto}, {@code -Port}): no link the portal writes,
 * in pages, feeds, the sitemap, the API, CSV files, citations or redirects, ever names
 * that host; links start with the configured public address ({@code portal.base-url},
 * {@code http://localhost} in tests, whatever port the server really listens on). A
 * request that says it came over HTTPS through the proxy gets HSTS and Secure cookies.
 */
@ServerTest
class ForgedProxyHeadersIT {

	private static final String EVIL = "evil.example";

	private static final String[] FORGED_HOST = { "Host: " + EVIL };

	private static final String[] FORGED_PROXY = { "Host: localhost", "X-Forwarded-Host: " + EVIL,
			"X-Forwarded-Proto: https", "X-Forwarded-Port: 8443", "X-Forwarded-For: 192.0.2.200" };

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	static Stream<String> documents() {
		return Stream.of("/", "/sessions/22", "/resolutions?page=2", "/resolutions/ICC-ASP/22/Res.4",
				"/people/paivi-kaukoranta", "/sitemap.xml", "/feeds/all.atom", "/feeds/sessions/22.atom", "/api/v1",
				"/api/v1/sessions?page=1", "/api/v1/resolutions?page=2", "/api/v1/resolutions/ICC-ASP/22/Res.4",
				"/api/v1/budgets/2024", "/sessions.csv", "/resolutions.csv", "/people.csv", "/search.csv?q=budget",
				"/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4", "/cite/csl-json?record=/sessions/22",
				"/open-data/asp-records.json", "/open-data/asp-records-csv.zip", "/api/v1/resolutions/icc-asp-22-res-4",
				"/admin", "/admin/users?page=2", "/login", "/nowhere");
	}

	@ParameterizedTest
	@MethodSource("documents")
	void aForgedHostIsInNoLinkNorRedirect(String path) throws IOException {
		for (String[] forged : List.of(FORGED_HOST, FORGED_PROXY)) {
			Answer answer = RawHttp.get(this.port, path, forged);
			assertThat(answer.status()).as(path).isIn(200, 301, 302, 404);
			assertThat(answer.headers()).as(path).noneMatch((header) -> header.contains(EVIL));
			assertThat(text(answer)).as(path).doesNotContain(EVIL).doesNotContain(":" + this.port);
		}
	}

	@Test
	void linksAndRedirectsStartWithThePortalsPublicAddress() throws IOException {
		for (String[] forged : List.of(FORGED_HOST, FORGED_PROXY)) {
			Document page = Jsoup.parse(RawHttp.get(this.port, "/sessions/22?lang=fr", forged).text());
			assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
				.isEqualTo("http://localhost/sessions/22?lang=fr");
			assertThat(page.selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
				.isEqualTo("http://localhost/sessions/22");
			assertThat(page.selectFirst("link[rel=alternate][type=application/json]").attr("href"))
				.isEqualTo("http://localhost/api/v1/sessions/22");
			assertThat(RawHttp.get(this.port, "/api/v1/resolutions/icc-asp-22-res-4", forged).header("Location"))
				.isEqualTo("http://localhost/api/v1/resolutions/ICC-ASP/22/Res.4");
			assertThat(RawHttp.get(this.port, "/admin", forged).header("Location")).isEqualTo("/login");
		}
	}

	@Test
	void overHttpsThroughTheProxyAnswersCarryTheSecurityHeadersHstsAndSecureCookies() throws IOException {
		String[] tls = { "X-Forwarded-Proto: https" };
		for (String path : List.of("/sessions", "/api/v1/sessions", "/resolutions.csv", "/nowhere", "/admin",
				"/login")) {
			Answer plain = RawHttp.get(this.port, path);
			SecurityHeadersIT.assertSecurityHeaders(plain::values);
			assertThat(plain.header("Strict-Transport-Security")).as(path).isNull();
			Answer overHttps = RawHttp.get(this.port, path, tls);
			SecurityHeadersIT.assertSecurityHeaders(overHttps::values);
			assertThat(overHttps.values("Strict-Transport-Security")).as(path)
				.containsExactly("max-age=31536000; includeSubDomains");
		}

		assertThat(cookie(RawHttp.get(this.port, "/login?lang=fr", tls), "portal-lang")).contains("; Secure",
				"; HttpOnly", "; SameSite=Lax");
		assertThat(cookie(RawHttp.get(this.port, "/login?lang=fr"), "portal-lang")).doesNotContain("Secure");
		Answer login = RawHttp.get(this.port, "/login", tls);
		assertThat(cookie(login, "XSRF-TOKEN")).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
		assertThat(cookie(RawHttp.get(this.port, "/admin", tls), "REDIRECT_URI")).contains("; Secure", "; HttpOnly",
				"; SameSite=Lax");

		this.accounts.create(TestAccounts.PREFIX + "proxied", "EDITOR");
		Answer signedIn = signIn(login, TestAccounts.PREFIX + "proxied", TestAccounts.STRONG, tls);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).isEqualTo("/admin");
		assertThat(cookie(signedIn, "SESSION")).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
	}

	@AfterEach
	void removeTheAccounts() {
		this.accounts.removeAll();
	}

	/**
	 * Posts the sign-in form of {@code login} (the sign-in page as answered, with its
	 * token cookie) with this username and password.
	 */
	private Answer signIn(Answer login, String username, String password, String... headers) throws IOException {
		String token = Jsoup.parse(login.text()).selectFirst("input[name=_csrf]").val();
		String cookie = cookie(login, "XSRF-TOKEN").split(";", 2)[0];
		String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + token;
		StringBuilder request = new StringBuilder("POST /login HTTP/1.1\r\nHost: localhost\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Cookie: ")
			.append(cookie)
			.append("\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
			.append(form.getBytes(StandardCharsets.UTF_8).length)
			.append("\r\nConnection: close\r\n\r\n")
			.append(form);
		return RawHttp.send(this.port, request.toString());
	}

	private static String cookie(Answer answer, String name) {
		return answer.values("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + answer.headers()));
	}

	/**
	 * The answer's body as text, and the text of each file of a ZIP archive.
	 */
	private static String text(Answer answer) throws IOException {
		if (!"application/zip".equals(answer.header("Content-Type"))) {
			return answer.text();
		}
		StringBuilder text = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(text).as("the archive's files").isNotEmpty();
		return text.toString();
	}

}
