package org.asprecords.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksKeepLanguageTest {

	@Test
	void aLinkToAnotherPageOfThePortalKeepsFrench() {
		assertThat(LinksKeepLanguage.inFrench("/sessions/22", "")).isEqualTo("/sessions/22?lang=fr");
		assertThat(LinksKeepLanguage.inFrench("/resolutions?topic=budget&page=2", ""))
			.isEqualTo("/resolutions?topic=budget&page=2&lang=fr");
		assertThat(LinksKeepLanguage.inFrench("/sessions/22#budget", "")).isEqualTo("/sessions/22?lang=fr#budget");
		assertThat(LinksKeepLanguage.inFrench("?page=3", "")).isEqualTo("?page=3&lang=fr");
	}

	@Test
	void assetsLinksOffThePortalAnchorsAndChosenLanguagesAreLeftAlone() {
		for (String url : new String[] { "/css/portal-5f1c.css", "/js/forms.js", "/webjars/pico/pico.min.css",
				"/favicon.svg", "https://legal.un.org/icc", "//cdn.example/x.js", "mailto:asp@icc-cpi.int", "#main",
				"/feeds/all.atom?lang=fr", "/resolutions?lang=en", "" }) {
			assertThat(LinksKeepLanguage.inFrench(url, "")).as(url).isEqualTo(url);
		}
		assertThat(LinksKeepLanguage.inFrench("/portal/css/portal.css", "/portal")).isEqualTo("/portal/css/portal.css");
	}

}
