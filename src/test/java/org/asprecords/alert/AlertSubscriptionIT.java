package org.asprecords.alert;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.asprecords.support.TestMail;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Double opt-in: nothing but a confirmation is sent until its link is followed; the link
 * works once and for a while; a pending address gets one confirmation a day; and asking
 * answers the same whatever the address, throttled or not.
 */
@AlertTest
class AlertSubscriptionIT {

	private static final String SEARCH = "follow=SEARCH&q=cooperation";

	@LocalServerPort
	int port;

	@Autowired
	AlertSender sender;

	@Autowired
	JdbcClient jdbc;

	private Visitor visitor;

	@BeforeEach
	void openABrowser() throws Exception {
		this.visitor = new Visitor(this.port);
		TestMail.empty();
	}

	@AfterEach
	void forgetAlerts() {
		forgetAlerts(this.jdbc);
	}

	static void forgetAlerts(JdbcClient jdbc) {
		jdbc.sql("delete from alert_address").update();
		jdbc.sql("delete from alert_request").update();
	}

	@Test
	void nothingButAConfirmationIsSentUntilItsLinkIsFollowed() {
		HttpResponse<String> asked = this.visitor.follow(SEARCH, "ada@example.org", Frequency.IMMEDIATE, "en");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location")).hasValue("/alerts/sent");
		assertThat(Jsoup.parse(this.visitor.get("/alerts/sent").body()).select("h1").text())
			.isEqualTo("Check your email");
		this.sender.run();

		List<MimeMessage> mails = Mails.to("ada@example.org");
		assertThat(mails).hasSize(1);
		assertThat(Mails.subject(mails.get(0))).isEqualTo("Confirm your alert: Search \u201ccooperation\u201d");
		assertThat(status()).isEqualTo("PENDING");

		String confirm = Mails.link(Mails.text(mails.get(0)), "confirm");
		HttpResponse<String> page = this.visitor.get(confirm);
		assertThat(Jsoup.parse(page.body()).select("main strong").text()).isEqualTo("Search \u201ccooperation\u201d");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(status()).as("opening the link (a mail scanner would) confirms nothing").isEqualTo("PENDING");

		HttpResponse<String> confirmed = this.visitor.press(confirm);
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(status()).isEqualTo("ACTIVE");
		String manage = confirmed.headers().firstValue("Location").orElseThrow();
		assertThat(Jsoup.parse(this.visitor.get(manage).body()).select("main").text())
			.contains("Your alert is confirmed.", "Search \u201ccooperation\u201d", "As soon as they are published");
	}

	@Test
	void aConfirmationLinkWorksOnce() {
		this.visitor.follow(SEARCH, "once@example.org", Frequency.DAILY, "en");
		this.sender.run();
		String confirm = Mails.link(Mails.text(Mails.to("once@example.org").get(0)), "confirm");
		HttpResponse<String> page = this.visitor.get(confirm);
		String form = Jsoup.parse(page.body()).selectFirst("main form").attr("action");
		this.visitor.press(confirm);

		HttpResponse<String> again = this.visitor.get(confirm);
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(again.body()).select("h1").text()).isEqualTo("This link does not work");
		assertThat(this.visitor.post(form, java.util.Map.of()).statusCode())
			.as("the form posted again, from a page left open")
			.isIn(403, 404);
	}

	@Test
	void anExpiredConfirmationLinkIsRefused() {
		this.visitor.follow(SEARCH, "late@example.org", Frequency.WEEKLY, "en");
		this.sender.run();
		String confirm = Mails.link(Mails.text(Mails.to("late@example.org").get(0)), "confirm");
		this.jdbc.sql("update alert_mail set created_at = now() - interval '49 hours'").update();

		HttpResponse<String> page = this.visitor.get(confirm);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(page.body()).select("main").text()).contains("It expired");
		assertThat(status()).isEqualTo("PENDING");
	}

	@Test
	void aPendingAddressGetsOneConfirmationADay() {
		this.visitor.follow(SEARCH, "twice@example.org", Frequency.IMMEDIATE, "en");
		this.visitor.follow("follow=KIND&kind=RESOLUTION", "twice@example.org", Frequency.IMMEDIATE, "en");
		this.sender.run();
		assertThat(Mails.to("twice@example.org")).hasSize(1);

		this.jdbc.sql("update alert_address set last_confirmation_at = now() - interval '25 hours'").update();
		this.visitor.follow("follow=KIND&kind=RESOLUTION", "twice@example.org", Frequency.IMMEDIATE, "en");
		this.sender.run();
		assertThat(Mails.to("twice@example.org")).as("a day later").hasSize(2);
	}

	@Test
	void theAnswerIsTheSameWhateverTheAddressAndNothingIsSentWhenThrottled() {
		HttpResponse<String> fresh = this.visitor.follow(SEARCH, "new@example.org", Frequency.IMMEDIATE, "en");
		HttpResponse<String> pending = this.visitor.follow(SEARCH, "new@example.org", Frequency.IMMEDIATE, "en");
		this.jdbc.sql("update alert_subscription set status = 'ACTIVE'").update();
		HttpResponse<String> known = this.visitor.follow(SEARCH, "new@example.org", Frequency.IMMEDIATE, "en");
		for (int i = 0; i < 3; i++) {
			this.visitor.follow("follow=KIND&kind=ELECTION", "new@example.org", Frequency.IMMEDIATE, "en");
		}
		long subscriptions = count("alert_subscription");
		HttpResponse<String> throttled = this.visitor.follow("follow=KIND&kind=BUDGET", "new@example.org",
				Frequency.IMMEDIATE, "en");
		assertThat(count("alert_subscription")).as("the sixth request in an hour does nothing")
			.isEqualTo(subscriptions);
		for (HttpResponse<String> answer : List.of(pending, known, throttled)) {
			assertThat(answer.statusCode()).isEqualTo(fresh.statusCode());
			assertThat(answer.headers().firstValue("Location")).isEqualTo(fresh.headers().firstValue("Location"));
			assertThat(answer.body()).isEqualTo(fresh.body());
		}
	}

	@Test
	void aClientIsThrottledWhateverTheAddressesItTypes() {
		for (int i = 0; i < 20; i++) {
			this.visitor.follow(SEARCH, "many" + i + "@example.org", Frequency.IMMEDIATE, "en");
		}
		this.visitor.follow(SEARCH, "one-more@example.org", Frequency.IMMEDIATE, "en");
		this.sender.run();
		assertThat(Mails.to("many19@example.org")).hasSize(1);
		assertThat(Mails.to("one-more@example.org")).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from alert_address where email = 'one-more@example.org'")
			.query(Long.class)
			.single()).isZero();
	}

	private String status() {
		return this.jdbc.sql("select status from alert_subscription").query(String.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
