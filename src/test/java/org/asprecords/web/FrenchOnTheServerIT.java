package org.asprecords.web;

import java.io.IOException;

import org.asprecords.support.RawHttp;
import org.asprecords.support.RawHttp.Answer;
import org.asprecords.support.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French addresses on the running portal, through Tomcat, Spring Session and Spring
 * Security as in production: the page and the error page the container dispatches keep
 * French in their links, and neither sets the language cookie.
 */
@ServerTest
class FrenchOnTheServerIT {

	@LocalServerPort
	int port;

	@Test
	void aFrenchPageKeepsItsLanguageInItsLinksAndSetsNoCookie() throws IOException {
		Answer answer = RawHttp.get(this.port, "/sessions/22?lang=fr", "Accept-Language: en", "Cookie: portal-lang=en");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.values("Set-Cookie")).isEmpty();
		assertFrench(Jsoup.parse(answer.text()));
	}

	@Test
	void anErrorPageTheContainerDispatchesKeepsTheLanguageOfTheAddressAsked() throws IOException {
		Answer refused = RawHttp.send(this.port, "POST /sessions/22?lang=fr HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept: text/html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

		assertThat(refused.status()).isEqualTo(403);
		assertFrench(Jsoup.parse(refused.text()));
	}

	private static void assertFrench(Document page) {
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("header nav a[href^=/]:not(.language-switch)").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.endsWith("?lang=fr"));
		assertThat(page.select("form.site-search input[name=lang]").eachAttr("value")).containsExactly("fr");
		assertThat(page.selectFirst("a.language-switch").attr("href")).doesNotContain("lang=");
	}

}
