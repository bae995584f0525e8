package org.asprecords.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.asprecords.alert.Mails;
import org.asprecords.security.TestAccounts;
import org.asprecords.support.TestDatabase;
import org.asprecords.support.TestMail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new visitor follows a search by email, confirms from the mail, an editor publishes a
 * matching resolution, the visitor gets it in the next daily digest and unsubscribes in
 * one click: in a real browser, with the mail read from the test SMTP server, and the
 * portal sending on its own schedule as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.alerts.send-every=300ms")
@ActiveProfiles("test")
@Import({ TestDatabase.class, TestAccounts.class, TestMail.class })
class AlertJourneyIT {

	private static final Map<String, String> DIGEST = Map.of("en", "Daily digest, ", "fr", "Résumé du jour, ");

	private static final Map<String, String> SYMBOL = Map.of("en", "ICC-ASP/22/Res.77", "fr", "ICC-ASP/22/Res.78");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@FieldSource("org.asprecords.browser.Chromium#LANGUAGES")
	void aVisitorFollowsASearchGetsTheDigestAndUnsubscribesInOneClick(String language) throws Exception {
		String email = "journey-" + language + "@example.org";
		this.accounts.create("test-alerts", "EDITOR");
		try (Tab visitor = Chromium.tab(this.port, language); Tab editor = Chromium.tab(this.port, language)) {
			Page page = visitor.page();
			visitor.open("/search?q=cooperation");
			visitor.click(".follow-by-email a");
			assertThat(visitor.path()).startsWith("/alerts/new?");
			visitor.check("alert-form");
			page.locator("#email").fill(email);
			page.locator("#frequency").selectOption("DAILY");
			assertThat(page.locator("#language").inputValue()).isEqualTo(language);
			visitor.click("main form[method=post] button[type=submit]");
			assertThat(visitor.path()).startsWith("/alerts/sent");
			visitor.check("alert-sent");

			MimeMessage confirmation = waitForMail(email, 1);
			visitor.follow(() -> page.navigate(local(Mails.link(Mails.text(confirmation), "confirm"))));
			visitor.check("alert-confirm");
			visitor.click("main form button[type=submit]");
			assertThat(visitor.path()).contains("confirmed");
			assertThat(page.locator(".flash").count()).isEqualTo(1);
			visitor.check("alert-manage");

			AdminJourneyIT.signIn(editor, "test-alerts", TestAccounts.STRONG);
			editor.open("/admin/resolutions/new");
			Page admin = editor.page();
			admin.locator("#symbol").fill(SYMBOL.get(language));
			admin.locator("#session").selectOption("22");
			admin.locator("#title").fill("Cooperation with the Court, entered in a browser");
			admin.locator("#sources").fill("Entered in a browser test");
			editor.click("main form[method=post] button[type=submit]");

			Thread.sleep(1500);
			assertThat(Mails.to(email)).as("a daily digest waits for its day").hasSize(1);
			this.jdbc.sql("update alert_subscription set confirmed_at = confirmed_at - interval '1 day'").update();
			MimeMessage digest = waitForMail(email, 2);
			assertThat(Mails.subject(digest)).startsWith(DIGEST.get(language));
			assertThat(Mails.text(digest)).contains(SYMBOL.get(language) + ": Cooperation with the Court");

			visitor.follow(() -> page.navigate(local(Mails.link(Mails.text(digest), "unsubscribe"))));
			visitor.check("alert-unsubscribe");
			visitor.click("main form button[type=submit]");
			visitor.check("alert-unsubscribed");
			assertThat(this.jdbc.sql("select count(*) from alert_address where email = ?")
				.param(email)
				.query(Long.class)
				.single()).as("the address is gone with its last alert").isZero();
		}
		finally {
			this.jdbc.sql("delete from resolution where symbol = ?").param(SYMBOL.get(language)).update();
			this.jdbc.sql("delete from alert_address").update();
			this.jdbc.sql("delete from alert_request").update();
			this.accounts.removeAll();
		}
	}

	private String local(String link) {
		return link.replace("http://localhost", "http://localhost:" + this.port);
	}

	private static MimeMessage waitForMail(String email, int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		List<MimeMessage> mails = Mails.to(email);
		while (mails.size() < count && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			mails = Mails.to(email);
		}
		assertThat(mails).as("mails to %s", email).hasSize(count);
		return mails.get(count - 1);
	}

}
