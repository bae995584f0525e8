package org.asprecords.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.asprecords.AspRecordsApplication;
import org.asprecords.resolution.ResolutionEditor;
import org.asprecords.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail server down while records are published, two portal instances sending on one
 * database: once it is back, every alert arrives, each exactly once.
 */
@AlertTest
class AlertOutageIT {

	private static final List<String> SUBSCRIBERS = List.of("first@example.org", "second@example.org",
			"third@example.org");

	private static final List<String> SYMBOLS = List.of("ICC-ASP/22/Res.81", "ICC-ASP/22/Res.82", "ICC-ASP/22/Res.83",
			"ICC-ASP/22/Res.84", "ICC-ASP/22/Res.85");

	@LocalServerPort
	int port;

	@Autowired
	AlertSender sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	ResolutionEditor resolutions;

	@Autowired
	EntityManager entities;

	@Autowired
	PlatformTransactionManager transactions;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private Records records;

	@BeforeEach
	void start() throws Exception {
		this.records = new Records(this.resolutions, this.entities, this.transactions, this.jdbc);
		TestMail.empty();
	}

	@AfterEach
	void undo() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		TestMail.start();
		this.records.removeAll();
		AlertSubscriptionIT.forgetAlerts(this.jdbc);
	}

	@Test
	void everyAlertArrivesExactlyOnceAfterAnOutageWithTwoInstancesSending() throws Exception {
		Visitor visitor = new Visitor(this.port);
		for (String subscriber : SUBSCRIBERS) {
			this.jdbc.sql("delete from alert_request").update();
			visitor.subscribe(this.sender, "follow=KIND&kind=RESOLUTION", subscriber, Frequency.IMMEDIATE, "en");
		}
		TestMail.stop();
		this.instances.add(instance());
		this.instances.add(instance());

		for (String symbol : SYMBOLS) {
			this.records.resolution(symbol, "22", "Resolution " + symbol, true);
			Thread.sleep(300);
		}
		waitFor(Duration.ofSeconds(20), () -> this.jdbc
			.sql("select count(*) from alert_mail where purpose = 'ALERT' and attempts > 1 and last_error is not null")
			.query(Long.class)
			.single() > 0);
		assertThat(this.jdbc.sql("select count(*) from alert_mail where state = 'SENT' and purpose = 'ALERT'")
			.query(Long.class)
			.single()).as("nothing is sent while the mail server is down").isZero();

		TestMail.start();
		waitFor(Duration.ofSeconds(30),
				() -> this.jdbc.sql("select count(*) from alert_mail where state = 'PENDING'")
					.query(Long.class)
					.single() == 0
						&& this.jdbc.sql("select count(*) from alert_match where mail_id is null")
							.query(Long.class)
							.single() == 0);
		Thread.sleep(1000);

		for (String subscriber : SUBSCRIBERS) {
			Map<String, Integer> times = new HashMap<>();
			List<MimeMessage> mails = AlertMatchingIT.alerts(subscriber);
			for (MimeMessage mail : mails) {
				String text = Mails.text(mail);
				SYMBOLS.stream()
					.filter((symbol) -> text.contains(symbol + ":"))
					.forEach((symbol) -> times.merge(symbol, 1, Integer::sum));
			}
			assertThat(times).as("how many times %s was told of each resolution", subscriber)
				.hasSize(SYMBOLS.size())
				.allSatisfy((symbol, count) -> assertThat(count).isEqualTo(1));
			assertThat(mails.stream().map((mail) -> Mails.header(mail, "Message-ID")).distinct()).hasSize(mails.size());
		}
	}

	/** Another portal on the same database, sending every 200 ms. */
	private ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(AspRecordsApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + this.database.getJdbcUrl(),
					"--spring.datasource.username=" + this.database.getUsername(),
					"--spring.datasource.password=" + this.database.getPassword(),
					"--portal.records.load-on-startup=false", "--spring.main.banner-mode=off",
					"--spring.mail.host=localhost", "--spring.mail.port=" + TestMail.PORT,
					"--spring.mail.properties.mail.smtp.connectiontimeout=1000",
					"--spring.mail.properties.mail.smtp.timeout=1000", "--portal.alerts.send-every=200ms");
	}

	private static void waitFor(Duration most, java.util.function.BooleanSupplier done) throws InterruptedException {
		Instant deadline = Instant.now().plus(most);
		while (!done.getAsBoolean()) {
			assertThat(Instant.now()).as("waited %s", most).isBefore(deadline);
			Thread.sleep(100);
		}
	}

}
