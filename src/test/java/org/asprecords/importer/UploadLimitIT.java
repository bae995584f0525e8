package org.asprecords.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.asprecords.security.TestAccounts;
import org.asprecords.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session file above the server's upload limit, sent to the running portal (the limit
 * is the servlet container's, which MockMvc does not apply): the editor gets the upload
 * form with its message, not a refusal as a forged request nor an error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabase.class, TestAccounts.class })
class UploadLimitIT {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aFileOfThreeMegabytesGetsTheFormWithItsMessage() throws Exception {
		this.accounts.create("test-uploader", "EDITOR");
		Document login = page("/login");
		HttpResponse<String> signedIn = send(
				HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=test-uploader&password="
							+ URLEncoder.encode(TestAccounts.STRONG, StandardCharsets.UTF_8) + "&_csrf="
							+ login.selectFirst("input[name=_csrf]").val())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		Element form = page("/admin/sessions/import").selectFirst("form[enctype=multipart/form-data]");
		String token = form.selectFirst("input[name=_csrf]").val();

		byte[] threeMegabytes = new byte[3 * 1024 * 1024];
		Arrays.fill(threeMegabytes, (byte) ' ');
		threeMegabytes[0] = '{';
		threeMegabytes[threeMegabytes.length - 1] = '}';
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(form.attr("action")))
			.header("Content-Type", "multipart/form-data; boundary=limit")
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token, "session.json", threeMegabytes))));

		assertThat(answer.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("#file-error").text())
			.isEqualTo("The file is too big: a session file has at most 1 MB. Nothing was written.");
		assertThat(page.selectFirst("h1").text()).isNotBlank();
	}

	@AfterEach
	void removeTheAccount() {
		this.accounts.removeAll();
	}

	private Document page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static byte[] multipart(String token, String filename, byte[] content) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--limit\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--limit\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/json\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n--limit--\r\n".getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}
