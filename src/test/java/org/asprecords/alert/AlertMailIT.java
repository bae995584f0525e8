package org.asprecords.alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails as a subscriber's mail client shows them, in English and in French: plain
 * text and HTML, each record's title, change and link, the one-click unsubscribe headers
 * (RFC 8058) and the link that manages every alert; and unsubscribing.
 */
class AlertMailIT extends AlertScenario {

	@Test
	void anAlertIsPlainTextAndHtmlWithItsRecordsAndOneClickUnsubscribe() throws Exception {
		this.visitor.subscribe(this.sender, "follow=SEARCH&q=cooperation", "en@example.org", Frequency.IMMEDIATE, "en");
		this.records.resolution("ICC-ASP/22/Res.97", "22", "Cooperation and arrests", true);
		this.sender.run();

		MimeMessage mail = AlertMatchingIT.alerts("en@example.org").get(0);
		assertThat(Mails.subject(mail)).isEqualTo("Search \u201ccooperation\u201d: 1 new or corrected record");
		assertThat(Mails.header(mail, "From")).isEqualTo("ASP Records <alerts@localhost>");
		assertThat(Mails.types(mail)).contains("multipart/alternative", "text/plain", "text/html");
		assertThat(Mails.header(mail, "List-Unsubscribe")).matches("<http://localhost/alerts/unsubscribe/[\\w-]{43}>");
		assertThat(Mails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(Mails.header(mail, "Message-ID")).matches("<[0-9a-f-]{36}\\.alert@localhost>");

		assertThat(Mails.text(mail)).contains("New: ICC-ASP/22/Res.97: Cooperation and arrests (22nd session (2023))",
				"http://localhost/resolutions/ICC-ASP/22/Res.97",
				"Manage all your alerts: http://localhost/alerts/manage/");
		Document html = Jsoup.parse(Mails.html(mail));
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(html.select("a[href=http://localhost/resolutions/ICC-ASP/22/Res.97]").text())
			.isEqualTo("ICC-ASP/22/Res.97: Cooperation and arrests");
		assertThat(html.select("li strong").text()).isEqualTo("New");
		assertThat(html.selectFirst("a#unsubscribe").attr("href"))
			.isEqualTo(Mails.header(mail, "List-Unsubscribe").replaceAll("[<>]", ""));
		assertThat(this.visitor.get(html.selectFirst("a#manage").attr("href")).body())
			.contains("Search \u201ccooperation\u201d");
	}

	@Test
	void aFrenchAlertIsInFrenchAndItsLinksKeepFrench() {
		this.visitor.subscribe(this.sender, "follow=SEARCH&q=cooperation&lang=fr", "fr@example.org",
				Frequency.IMMEDIATE, "fr");
		assertThat(Mails.subject(Mails.to("fr@example.org").get(0)))
			.isEqualTo("Confirmez votre alerte\u00a0: Recherche «\u00a0cooperation\u00a0»");
		this.records.resolution("ICC-ASP/22/Res.98", "22", "Cooperation with the Court", true);
		this.sender.run();

		MimeMessage mail = AlertMatchingIT.alerts("fr@example.org").get(0);
		assertThat(Mails.subject(mail))
			.isEqualTo("Recherche «\u00a0cooperation\u00a0»\u00a0: 1 fiche nouvelle ou corrigée");
		assertThat(Mails.text(mail)).contains(
				"Nouveau\u00a0: ICC-ASP/22/Res.98: Cooperation with the Court (22e session",
				"http://localhost/resolutions/ICC-ASP/22/Res.98?lang=fr", "Gérer toutes vos alertes");
		assertThat(Mails.header(mail, "List-Unsubscribe")).endsWith("?lang=fr>");
		Document html = Jsoup.parse(Mails.html(mail));
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(html.select("a#unsubscribe").text()).isEqualTo("Se désabonner de cette alerte");
		HttpResponse<String> unsubscribing = this.visitor.get(html.selectFirst("a#unsubscribe").attr("href"));
		assertThat(Jsoup.parse(unsubscribing.body()).select("h1").text()).isEqualTo("Se désabonner");
	}

	@Test
	void openingTheUnsubscribeLinkChangesNothingAndOneClickUnsubscribes() throws Exception {
		this.visitor.subscribe(this.sender, "follow=KIND&kind=RESOLUTION", "leave@example.org", Frequency.IMMEDIATE,
				"en");
		this.records.resolution("ICC-ASP/22/Res.99", "22", "A resolution", true);
		this.sender.run();
		String unsubscribe = Mails.header(AlertMatchingIT.alerts("leave@example.org").get(0), "List-Unsubscribe")
			.replaceAll("[<>]", "");

		HttpResponse<String> page = this.visitor.get(unsubscribe);
		assertThat(Jsoup.parse(page.body()).select("main strong").text()).isEqualTo("New resolutions");
		assertThat(subscriptions("leave@example.org")).as("a mail scanner opening the link").isEqualTo(1);

		// a mail client's one-click POST: no cookie, no CSRF token
		HttpResponse<String> clicked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(unsubscribe.replace(Visitor.BASE, "http://localhost:" + this.port)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(clicked.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(clicked.body()).select("h1").text()).isEqualTo("Unsubscribed");
		assertThat(subscriptions("leave@example.org")).isZero();
		assertThat(this.jdbc.sql("select count(*) from alert_address where email = 'leave@example.org'")
			.query(Long.class)
			.single()).as("its last alert gone, the address is deleted").isZero();
	}

	@Test
	void theManagePageRemovesOneAlertAndTheLastTakesTheAddress() {
		this.visitor.subscribe(this.sender, "follow=KIND&kind=RESOLUTION", "two@example.org", Frequency.DAILY, "en");
		this.jdbc.sql("update alert_address set last_confirmation_at = null").update();
		String manage = this.visitor.subscribe(this.sender, "follow=KIND&kind=ELECTION", "two@example.org",
				Frequency.WEEKLY, "en");
		Document page = Jsoup.parse(this.visitor.get(manage).body());
		assertThat(page.select("main li strong").eachText()).containsExactly("New resolutions", "New elections");
		assertThat(page.select("main li").text()).contains("A daily digest", "A weekly digest");

		HttpResponse<String> removed = this.visitor.post(page.select("main li form").get(0).attr("action"),
				Map.of("_csrf", page.select("main li form input[name=_csrf]").get(0).val()));
		assertThat(removed.statusCode()).isEqualTo(302);
		Document after = Jsoup.parse(this.visitor.get(removed.headers().firstValue("Location").orElseThrow()).body());
		assertThat(after.select("main li strong").eachText()).containsExactly("New elections");
		assertThat(after.select(".flash").text()).isEqualTo("The alert was removed.");

		this.visitor.post(after.select("main li form").get(0).attr("action"),
				Map.of("_csrf", after.select("main li form input[name=_csrf]").get(0).val()));
		assertThat(this.jdbc.sql("select count(*) from alert_address").query(Long.class).single()).isZero();
	}

	private long subscriptions(String email) {
		return this.jdbc.sql("""
				select count(*) from alert_subscription s join alert_address a on a.id = s.address_id
				where a.email = :email""").param("email", email).query(Long.class).single();
	}

}
