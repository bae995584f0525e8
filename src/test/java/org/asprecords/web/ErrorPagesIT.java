package org.asprecords.web;

import jakarta.servlet.RequestDispatcher;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ErrorPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void anUnknownAddressIsAFriendly404() {
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/no/such/page"), 404, "Page not found");
	}

	@Test
	void theAdminAreaSendsStrangersToSignInAndShowsThemNothing() {
		for (String uri : new String[] { "/admin", "/admin/", "/admin/sessions", "/admin/sessions/new", "/admin/users",
				"/admin/users/new", "/admin/users/1", "/admin/users/1/password", "/admin/no/such/page" }) {
			var answer = Pages.exchange(this.mvc, uri);
			assertThat(answer).as(uri).hasStatus(302).redirectedUrl().isEqualTo("/login");
			assertThat(answer.getResponse().getContentAsByteArray()).as(uri).isEmpty();
		}
		assertThat(this.mvc.head().uri("/admin/users")).hasStatus(302);
		assertThat(this.mvc.post().uri("/admin/users").accept(MediaType.TEXT_HTML)).hasStatus(403);
	}

	@Test
	void refusalsOutsideThePagesGetTheFriendlyPageToo() {
		// what the servlet container forwards to when security refuses a request
		var refused = this.mvc.get()
			.uri("/error")
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin")
			.exchange();
		Pages.assertFriendlyError(refused, 403, "Not available");
	}

	@Test
	void writingToThePublicSiteIsRefusedWithoutChangingAnything() {
		assertThat(this.mvc.post().uri("/sessions").accept(MediaType.TEXT_HTML)).hasStatus(403);
		assertThat(this.mvc.delete().uri("/resolutions/ICC-ASP/22/Res.4").accept(MediaType.TEXT_HTML)).hasStatus(403);
		assertThat(Pages.exchange(this.mvc, "/resolutions/ICC-ASP/22/Res.4")).hasStatusOk();
	}

	@Test
	void pagesSendSecurityHeaders() {
		var response = Pages.exchange(this.mvc, "/").getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

}
