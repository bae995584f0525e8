package org.asprecords.pagecache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.asprecords.support.AdminForms;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Public pages rendered once and served again until the records change: a repeated visit
 * and a revalidation cost no rendering and no SQL statement; a save, through the portal
 * or straight into the database, shows on the next visit; admin pages and visitors with
 * an admin session are never served a kept page.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.page-cache.enabled=true")
class PageCacheIT {

	private static final Duration ANNOUNCED_WITHIN = Duration.ofSeconds(5);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/sessions/22", "/resolutions", "/resolutions/ICC-ASP/22/Res.4", "/search?q=budget",
			"/api/v1/sessions/22", "/budgets", "/feeds/all.atom", "/sitemap.xml", "/resolutions.csv" })
	void aRepeatedVisitAndARevalidationCostNoSqlStatement(String page) {
		MvcTestResult first = get(page);
		assertThat(first).hasStatusOk();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).startsWith("public, max-age=");
		assertThat(first.getResponse().getHeaders(HttpHeaders.VARY)).as("what a shared cache keys on")
			.containsExactly("Accept-Encoding");

		this.statements.reset();
		MvcTestResult again = get(page);
		assertThat(this.statements.count()).as("SQL statements of a repeated visit").isZero();
		assertThat(again).hasStatusOk();
		assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(again.getResponse().getHeader("Content-Security-Policy")).isNotBlank();
		assertThat(again.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());

		this.statements.reset();
		MvcTestResult revalidated = this.mvc.get().uri(page).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(revalidated).hasStatus(304);
		assertThat(this.statements.count()).as("SQL statements of a revalidation").isZero();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorsSaveShowsOnTheNextVisit() throws Exception {
		String before = get("/resolutions/ICC-ASP/22/Res.4").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(before).doesNotContain("A title saved while the page was kept");
		long id = this.jdbc.sql("select id from resolution where symbol = 'ICC-ASP/22/Res.4'")
			.query(Long.class)
			.single();
		String title = this.jdbc.sql("select title from resolution where id = ?")
			.param(id)
			.query(String.class)
			.single();
		List<String> fields = AdminForms.fieldsOf(Pages.page(this.mvc, "/admin/resolutions/" + id + "/edit"));
		try {
			MvcTestResult saved = Pages.submit(this.mvc, "/admin/resolutions/" + id + "/edit",
					AdminForms.changing(fields, "title", "A title saved while the page was kept"));
			assertThat(saved).hasStatus3xxRedirection();
			assertThat(get("/resolutions/ICC-ASP/22/Res.4").getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("A title saved while the page was kept");
		}
		finally {
			this.jdbc.sql("update resolution set title = ? where id = ?").params(title, id).update();
		}
	}

	@Test
	void aChangeMadeStraightInTheDatabaseShowsWithinMoments() throws Exception {
		String venue = this.jdbc.sql("select venue from assembly_session where slug = '22'")
			.query(String.class)
			.single();
		assertThat(get("/sessions/22").getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("A venue set by psql");
		try {
			this.jdbc.sql("update assembly_session set venue = 'A venue set by psql' where slug = '22'").update();
			Instant deadline = Instant.now().plus(ANNOUNCED_WITHIN);
			String page = "";
			while (!page.contains("A venue set by psql") && Instant.now().isBefore(deadline)) {
				Thread.sleep(50);
				page = get("/sessions/22").getResponse().getContentAsString(StandardCharsets.UTF_8);
			}
			assertThat(page).as("the session page after PostgreSQL announced the change")
				.contains("A venue set by psql");
		}
		finally {
			this.jdbc.sql("update assembly_session set venue = ? where slug = '22'").param(venue).update();
		}
	}

	@Test
	void adminPagesAndSignedInVisitorsAreNeverServedAKeptPage() {
		get("/sessions/22");
		this.statements.reset();
		MvcTestResult signedIn = this.mvc.get()
			.uri("/sessions/22")
			.cookie(new Cookie("SESSION", "an-admin-session"))
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(signedIn).hasStatusOk();
		assertThat(this.statements.count()).as("a signed-in visit renders").isPositive();

		MvcTestResult admin = this.mvc.get().uri("/admin/sessions").with(user("editor").roles("EDITOR")).exchange();
		assertThat(admin.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		this.statements.reset();
		this.mvc.get().uri("/admin/sessions").with(user("editor").roles("EDITOR")).exchange();
		assertThat(this.statements.count()).as("an admin page is rendered every time").isPositive();
	}

	@Test
	void eachLanguageIsKeptAtItsOwnAddressWhateverTheCookiesAndBrowserLanguage() throws Exception {
		String english = get("/sessions/22").getResponse().getContentAsString(StandardCharsets.UTF_8);
		String french = get("/sessions/22?lang=fr").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("<html lang=\"en\"");
		assertThat(french).contains("<html lang=\"fr\"");

		this.statements.reset();
		MvcTestResult again = this.mvc.get()
			.uri("/sessions/22?lang=fr")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.cookie(new Cookie("portal-lang", "en"))
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(this.statements.count()).as("SQL statements of a repeated French visit").isZero();
		assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(french);
		assertThat(again.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(again.getResponse().getHeaders(HttpHeaders.VARY)).containsExactly("Accept-Encoding");
		MvcTestResult plain = this.mvc.get()
			.uri("/sessions/22")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.cookie(new Cookie("portal-lang", "fr"))
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(plain.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(english);
		assertThat(plain.getResponse().getHeaders(HttpHeaders.VARY)).containsExactly("Accept-Encoding");
	}

	@Test
	void aFailedPageIsNotKept() {
		assertThat(get("/sessions/no-such-session")).hasStatus(404);
		this.statements.reset();
		assertThat(get("/sessions/no-such-session")).hasStatus(404);
		assertThat(this.statements.count()).as("a 404 is not kept").isPositive();
	}

	private MvcTestResult get(String page) {
		return this.mvc.get().uri(page).accept(MediaType.ALL).exchange();
	}

}
