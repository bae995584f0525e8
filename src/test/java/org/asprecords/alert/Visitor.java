package org.asprecords.alert;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's browser without scripts, on the portal at a port: it keeps its cookies (the
 * forms' CSRF token), follows no redirect by itself, and fills forms as they come.
 */
final class Visitor {

	/** The portal's public address in the tests ({@code portal.base-url}). */
	static final String BASE = "http://localhost";

	private final int port;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	Visitor(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
	}

	HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Opens the "Follow by email" form of {@code /alerts/new?query}, types the address,
	 * chooses how often and the language, and sends it.
	 */
	HttpResponse<String> follow(String query, String email, Frequency frequency, String language) {
		HttpResponse<String> page = get("/alerts/new?" + query);
		assertThat(page.statusCode()).as("the form of %s", query).isEqualTo(200);
		Map<String, String> fields = fields(Jsoup.parse(page.body()), "form[method=post]");
		fields.put("email", email);
		fields.put("frequency", frequency.name());
		fields.put("language", language);
		return post(action(Jsoup.parse(page.body()), "form[method=post]"), fields);
	}

	/**
	 * Follows something and confirms it from the confirmation mail, as a new subscriber
	 * does.
	 * @return the page of the address's alerts, where confirming leads
	 */
	String subscribe(AlertSender sender, String query, String email, Frequency frequency, String language) {
		follow(query, email, frequency, language);
		sender.run();
		List<MimeMessage> mails = Mails.to(email);
		assertThat(mails).as("the confirmation mail to %s", email).isNotEmpty();
		HttpResponse<String> confirmed = press(Mails.link(Mails.text(mails.get(mails.size() - 1)), "confirm"));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		return confirmed.headers().firstValue("Location").orElseThrow();
	}

	/** Opens a link and presses the one button of its page. */
	HttpResponse<String> press(String link) {
		HttpResponse<String> page = get(link);
		assertThat(page.statusCode()).as("the page of %s", link).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		return post(action(document, "main form[method=post]"), fields(document, "main form[method=post]"));
	}

	private static Map<String, String> fields(Document page, String selector) {
		Map<String, String> fields = new LinkedHashMap<>();
		((FormElement) page.selectFirst(selector)).formData()
			.forEach((entry) -> fields.put(entry.key(), entry.value()));
		return fields;
	}

	private static String action(Document page, String selector) {
		return page.selectFirst(selector).attr("action");
	}

	/** A link of a mail, to this portal's port. */
	private URI uri(String path) {
		String local = path.startsWith(BASE) ? path.substring(BASE.length()) : path;
		return URI.create("http://localhost:" + this.port + local);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
