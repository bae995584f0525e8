package org.asprecords.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.asprecords.support.ServerTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visitors, on the running portal, store nothing on the server: browsing, opening the
 * sign-in page, being sent there from the admin area and failing to sign in leave the
 * session table as it was, while every form still carries its CSRF token (in an HttpOnly,
 * SameSite cookie). Signing in stores one session. (MockMvc cannot show this: its
 * {@code csrf()} helper swaps the portal's token store for a session-based one.)
 */
@ServerTest
class VisitorSessionsIT {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeEach
	@AfterEach
	void removeSessions() {
		this.accounts.removeAll();
	}

	@Test
	void visitorsTheSignInPageAndFailedSignInsStoreNoSessionAndASignInStoresOne() throws Exception {
		for (int i = 0; i < 3; i++) {
			for (String page : List.of("/", "/sessions", "/resolutions/ICC-ASP/22/Res.4", "/search?q=budget", "/login",
					"/login?error=", "/sessions/nope", "/sessions?lang=fr")) {
				assertThat(get(page).statusCode()).as(page).isIn(200, 404);
			}
			HttpResponse<String> askedAdmin = get("/admin/users");
			assertThat(askedAdmin.statusCode()).isEqualTo(302);
			assertThat(askedAdmin.headers().firstValue("Location")).hasValue("/login");
			assertThat(signIn("admin", "wrong " + i).headers().firstValue("Location")).hasValue("/login?error");
		}
		assertThat(sessions()).isZero();
		assertThat(cookie("SESSION")).isNull();

		HttpResponse<String> signedIn = signIn("admin", this.accounts.adminPassword());

		assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin/users");
		assertThat(sessions()).isOne();
		assertThat(cookie("SESSION")).isNotNull();
		assertThat(get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void theSignInFormsTokenIsInAnHttpOnlySameSiteCookie() throws Exception {
		HttpResponse<String> page = get("/login");

		assertThat(page.headers().allValues("Set-Cookie")).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=")
				.contains("; HttpOnly", "; SameSite=Lax")
				.doesNotContain("Secure"));
		assertThat(Jsoup.parse(page.body()).selectFirst("form[action=/login] input[name=_csrf]").val()).isNotBlank();
	}

	private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		String token = Jsoup.parse(get("/login").body()).selectFirst("input[name=_csrf]").val();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token;
		return this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpCookie cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.findFirst()
			.orElse(null);
	}

	private int sessions() {
		return this.jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
