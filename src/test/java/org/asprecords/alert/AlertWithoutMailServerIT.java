package org.asprecords.alert;

import org.asprecords.db.RecordChanges;
import org.asprecords.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A portal with no mail server configured (as on {@code ./mvnw spring-boot:run}): alerts
 * can be followed, their mails wait in the outbox, and the admin area shows them to
 * editors, counts and texts without any address or token. Public pages stay cacheable:
 * the follow link is a plain link, the form is elsewhere.
 */
@IntegrationTest
class AlertWithoutMailServerIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AlertSender sender;

	@Autowired
	RecordChanges changes;

	@AfterEach
	void forgetAlerts() {
		AlertSubscriptionIT.forgetAlerts(this.jdbc);
	}

	@Test
	@WithAnonymousUser
	void aPublicPageLinksToTheFormAndStaysCookieFree() throws Exception {
		MvcTestResult search = this.mvc.get().uri("/search?q=cooperation&session=22").exchange();
		Document page = Jsoup.parse(search.getResponse().getContentAsString());
		assertThat(page.select(".follow-by-email a").attr("href"))
			.isEqualTo("/alerts/new?q=cooperation&session=22&follow=SEARCH");
		assertThat(page.select("input[name=_csrf]")).isEmpty();
		assertThat(search.getResponse().getHeaders("Set-Cookie")).isEmpty();

		MvcTestResult french = this.mvc.get().uri("/sessions/22?lang=fr").exchange();
		assertThat(Jsoup.parse(french.getResponse().getContentAsString()).select(".follow-by-email a").attr("href"))
			.isEqualTo("/alerts/new?follow=SESSION&path=/sessions/22&lang=fr");

		MvcTestResult form = this.mvc.get().uri("/alerts/new?q=cooperation&session=22&follow=SEARCH").exchange();
		assertThat(form.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(Jsoup.parse(form.getResponse().getContentAsString()).select("#followed").text())
			.isEqualTo("Search \u201ccooperation\u201d");
	}

	@Test
	@WithAnonymousUser
	void nothingFollowableIsANotFoundPage() {
		assertThat(this.mvc.get().uri("/alerts/new?follow=SEARCH&q=")).hasStatus(404);
		assertThat(this.mvc.get().uri("/alerts/new?follow=STATE&path=/states/nowhere")).hasStatus(404);
		assertThat(this.mvc.get().uri("/alerts/new?follow=RECORD&kind=RESOLUTION&path=/resolutions/ICC-ASP/99/Res.1"))
			.hasStatus(404);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void mailWaitsAndEditorsSeeCountsNotAddresses() throws Exception {
		long before = this.changes.state();
		assertThat(this.mvc.post()
			.uri("/alerts")
			.with(csrf())
			.param("follow", "SEARCH")
			.param("q", "cooperation")
			.param("email", "Private.Person@Example.org")
			.param("frequency", "DAILY")
			.param("language", "en")).hasStatus(302).hasRedirectedUrl("/alerts/sent");
		// an announcement on record_changes would arrive within moments
		Thread.sleep(500);
		assertThat(this.changes.state()).as("following drops no kept page").isEqualTo(before);
		this.sender.run();
		assertThat(this.jdbc.sql("select state from alert_mail").query(String.class).single()).isEqualTo("PENDING");
		assertThat(this.jdbc.sql("select email from alert_address").query(String.class).single())
			.isEqualTo("private.person@example.org");

		String admin = this.mvc.get().uri("/admin/alerts").exchange().getResponse().getContentAsString();
		Document page = Jsoup.parse(admin);
		assertThat(page.select("main").text()).contains("No mail server is configured", "Addresses with alerts: 1",
				"Confirm your alert: Search \u201ccooperation\u201d", "/alerts/confirm/\u2026");
		assertThat(page.select("#alerts-SEARCH td").eachText()).containsExactly("0", "1");
		assertThat(admin).doesNotContainIgnoringCase("private.person").doesNotMatch("(?s).*/alerts/\\w+/[\\w-]{43}.*");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void withoutAMailServerAnAdminSeesTheLinksToTryAlerts() throws Exception {
		this.mvc.post()
			.uri("/alerts")
			.with(csrf())
			.param("follow", "KIND")
			.param("kind", "RESOLUTION")
			.param("email", "try@example.org")
			.param("frequency", "IMMEDIATE")
			.param("language", "en")
			.exchange();
		this.sender.run();
		String admin = this.mvc.get().uri("/admin/alerts").exchange().getResponse().getContentAsString();
		assertThat(admin).matches("(?s).*http://localhost/alerts/confirm/[\\w-]{43}.*")
			.doesNotContain("try@example.org");
	}

	@Test
	@WithAnonymousUser
	void theAdminPageIsForEditors() {
		assertThat(this.mvc.get().uri("/admin/alerts")).hasStatus(302).redirectedUrl().endsWith("/login");
	}

}
