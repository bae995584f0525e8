package org.asprecords.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest {

	@Test
	void keepsThePageAndItsOtherParameters() {
		assertThat(LanguageSwitch.link("/resolutions", "q=res.4&topic=budget&page=2", Locale.FRENCH, true))
			.isEqualTo("/resolutions?q=res.4&topic=budget&page=2&lang=fr");
		assertThat(LanguageSwitch.link("/sessions/22", null, Locale.FRENCH, true)).isEqualTo("/sessions/22?lang=fr");
	}

	@Test
	void englishIsAPublicPagesPlainAddress() {
		assertThat(LanguageSwitch.link("/search", "lang=fr&q=cooperation&lang=fr", Locale.ENGLISH, true))
			.isEqualTo("/search?q=cooperation");
		assertThat(LanguageSwitch.link("/sessions/22", "lang=fr", Locale.ENGLISH, true)).isEqualTo("/sessions/22");
	}

	@Test
	void theAdminAreaAsksForEnglishToChangeTheRememberedChoice() {
		assertThat(LanguageSwitch.link("/admin/sessions", "q=22&lang=fr", Locale.ENGLISH, false))
			.isEqualTo("/admin/sessions?q=22&lang=en");
		assertThat(LanguageSwitch.link("/login", null, Locale.FRENCH, false)).isEqualTo("/login?lang=fr");
	}

	@Test
	void keepsEncodedCharactersAndEncodesRawOnes() {
		assertThat(LanguageSwitch.link("/resolutions/ICC-ASP/22/Res.4", "q=%C3%A9tat+partie", Locale.FRENCH, true))
			.isEqualTo("/resolutions/ICC-ASP/22/Res.4?q=%C3%A9tat+partie&lang=fr");
		assertThat(LanguageSwitch.link("/search", "q=<script>\"x\" {}", Locale.FRENCH, true))
			.isEqualTo("/search?q=%3Cscript%3E%22x%22%20%7B%7D&lang=fr");
	}

	@Test
	void neverLeadsOffThePortal() {
		assertThat(LanguageSwitch.link("//evil.example/x", null, Locale.FRENCH, true))
			.isEqualTo("/evil.example/x?lang=fr");
		assertThat(LanguageSwitch.link("//evil.example/x", null, Locale.ENGLISH, true)).isEqualTo("/evil.example/x");
	}

}
