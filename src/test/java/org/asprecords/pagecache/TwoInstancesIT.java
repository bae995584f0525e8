package org.asprecords.pagecache;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.asprecords.AspRecordsApplication;
import org.asprecords.security.TestAccounts;
import org.asprecords.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one PostgreSQL, as behind a load balancer: an editor signed in
 * on one is signed in on the other (Spring Session JDBC); a save made on one shows on the
 * other's kept pages at once (PostgreSQL announces it); each keeps its pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.page-cache.enabled=true")
@ActiveProfiles("test")
@Import({ TestDatabase.class, TestAccounts.class })
class TwoInstancesIT {

	private static final String EDITOR = TestAccounts.PREFIX + "two-instances";

	private static final String PAGE = "/resolutions/ICC-ASP/22/Res.4";

	private static final Duration AT_ONCE = Duration.ofSeconds(5);

	@LocalServerPort
	int firstPort;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private ConfigurableApplicationContext second;

	private int secondPort;

	private final HttpClient editor = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final HttpClient visitor = HttpClient.newHttpClient();

	@BeforeEach
	void startASecondInstance() {
		// Arguments, not default properties: the test profile's own settings would win
		// over those.
		this.second = new SpringApplicationBuilder(AspRecordsApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + this.database.getJdbcUrl(),
					"--spring.datasource.username=" + this.database.getUsername(),
					"--spring.datasource.password=" + this.database.getPassword(), "--portal.page-cache.enabled=true",
					"--portal.records.load-on-startup=false", "--spring.main.banner-mode=off");
		this.secondPort = ((WebServerApplicationContext) this.second).getWebServer().getPort();
		this.accounts.create(EDITOR, "EDITOR");
	}

	@AfterEach
	void stopIt() {
		this.second.close();
		this.accounts.removeAll();
	}

	@Test
	void aSaveOnOneInstanceShowsOnTheOthersKeptPagesAtOnce() throws Exception {
		String title = this.jdbc.sql("select title from resolution where symbol = 'ICC-ASP/22/Res.4'")
			.query(String.class)
			.single();
		long id = this.jdbc.sql("select id from resolution where symbol = 'ICC-ASP/22/Res.4'")
			.query(Long.class)
			.single();
		for (int port : List.of(this.firstPort, this.secondPort)) {
			assertThat(visit(port, PAGE).body()).as("instance on %d", port).contains(title);
			assertThat(keptWithin(port, PAGE, AT_ONCE)).as("kept on %d once it hears of changes", port).isTrue();
		}

		HttpResponse<String> signedIn = signIn(this.firstPort);
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin");
		assertThat(send(this.editor, this.secondPort, "/admin", null).statusCode())
			.as("signed in on the first instance, the second knows the editor")
			.isEqualTo(200);

		try {
			HttpResponse<String> saved = submit(this.secondPort, "/admin/resolutions/" + id + "/edit", "title",
					"A title saved on the second instance");
			assertThat(saved.statusCode()).isEqualTo(302);
			Instant deadline = Instant.now().plus(AT_ONCE);
			String onFirst = visit(this.firstPort, PAGE).body();
			while (!onFirst.contains("A title saved on the second instance") && Instant.now().isBefore(deadline)) {
				Thread.sleep(20);
				onFirst = visit(this.firstPort, PAGE).body();
			}
			assertThat(onFirst).as("the first instance's page after a save on the second")
				.contains("A title saved on the second instance");
			assertThat(visit(this.secondPort, PAGE).body()).contains("A title saved on the second instance");
		}
		finally {
			this.jdbc.sql("update resolution set title = ? where id = ?").params(title, id).update();
		}
	}

	/**
	 * Whether the instance keeps the page within the time given: it keeps none until its
	 * connection listening for changes is up, a moment after it starts.
	 */
	private boolean keptWithin(int port, String path, Duration wait) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(wait);
		while (Instant.now().isBefore(deadline)) {
			if (visit(port, path).headers().firstValue("Cache-Control").orElse("").startsWith("public")) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private HttpResponse<String> signIn(int port) throws IOException, InterruptedException {
		String token = Jsoup.parse(send(this.editor, port, "/login", null).body())
			.selectFirst("input[name=_csrf]")
			.val();
		return send(this.editor, port, "/login", "username=" + EDITOR + "&password="
				+ URLEncoder.encode(TestAccounts.STRONG, StandardCharsets.UTF_8) + "&_csrf=" + token);
	}

	/** Opens a form, changes one field and posts it with every other field as it was. */
	private HttpResponse<String> submit(int port, String path, String field, String value)
			throws IOException, InterruptedException {
		Document page = Jsoup.parse(send(this.editor, port, path, null).body());
		Element form = page.selectFirst("form[method=post][action=" + path + "]");
		assertThat(form).as("the form of %s", path).isNotNull();
		List<String> pairs = new ArrayList<>();
		for (var entry : ((FormElement) form).formData()) {
			String typed = entry.key().equals(field) ? value : entry.value();
			pairs.add(URLEncoder.encode(entry.key(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(typed, StandardCharsets.UTF_8));
		}
		return send(this.editor, port, path, pairs.stream().collect(Collectors.joining("&")));
	}

	private HttpResponse<String> visit(int port, String path) throws IOException, InterruptedException {
		return send(this.visitor, port, path, null);
	}

	private static HttpResponse<String> send(HttpClient client, int port, String path, String form)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
