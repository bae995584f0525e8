package org.asprecords.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest {

	@Test
	void keepsThePageAndItsOtherParameters() {
		assertThat(LanguageSwitch.link("/resolutions", "q=res.4&topic=budget&page=2", Locale.FRENCH))
			.isEqualTo("/resolutions?q=res.4&topic=budget&page=2&lang=fr");
		assertThat(LanguageSwitch.link("/sessions/22", null, Locale.FRENCH)).isEqualTo("/sessions/22?lang=fr");
	}

	@Test
	void replacesTheLanguageAlreadyAskedFor() {
		assertThat(LanguageSwitch.link("/search", "lang=fr&q=cooperation&lang=fr", Locale.ENGLISH))
			.isEqualTo("/search?q=cooperation&lang=en");
	}

	@Test
	void keepsEncodedCharactersAndEncodesRawOnes() {
		assertThat(LanguageSwitch.link("/resolutions/ICC-ASP/22/Res.4", "q=%C3%A9tat+partie", Locale.FRENCH))
			.isEqualTo("/resolutions/ICC-ASP/22/Res.4?q=%C3%A9tat+partie&lang=fr");
		assertThat(LanguageSwitch.link("/search", "q=<script>\"x\" {}", Locale.FRENCH))
			.isEqualTo("/search?q=%3Cscript%3E%22x%22%20%7B%7D&lang=fr");
	}

	@Test
	void neverLeadsOffThePortal() {
		assertThat(LanguageSwitch.link("//evil.example/x", null, Locale.FRENCH)).isEqualTo("/evil.example/x?lang=fr");
	}

}
