package org.asprecords.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates, amounts and ordinals as each language writes them. French groups digits with a
 * narrow no-break space (U+202F) and puts a no-break space (U+00A0) before the euro sign,
 * as the JDK's CLDR data for French does; the percent sign follows a narrow no-break
 * space.
 */
class FormatsTest {

	private static final BigDecimal BUDGET_2024 = new BigDecimal("187084300");

	private final Formats formats = new Formats(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishWritesEurosBeforeTheAmountWithCommas() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.money(BUDGET_2024)).isEqualTo("€187,084,300");
		assertThat(this.formats.money(new BigDecimal("1234.50"))).isEqualTo("€1,234.50");
		assertThat(this.formats.signedMoney(new BigDecimal("13850000"))).isEqualTo("+€13,850,000");
	}

	@Test
	void frenchWritesEurosAfterTheAmountWithNarrowSpaces() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.money(BUDGET_2024)).isEqualTo("187\u202f084\u202f300\u00a0€");
		assertThat(this.formats.money(new BigDecimal("1234.50"))).isEqualTo("1\u202f234,50\u00a0€");
		assertThat(this.formats.signedMoney(new BigDecimal("13850000"))).isEqualTo("+13\u202f850\u202f000\u00a0€");
	}

	@Test
	void roundedFiguresAndChangesSayAboutInEachLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.money(new BigDecimal("118750000"), true)).isEqualTo("about €118,750,000");
		assertThat(this.formats.money(BUDGET_2024, false)).isEqualTo("€187,084,300");
		assertThat(this.formats.money(null, true)).isNull();
		assertThat(this.formats.change(new BigDecimal("13850000"), new BigDecimal("7.99"), false))
			.isEqualTo("+€13,850,000 (+7.99%)");
		assertThat(this.formats.change(new BigDecimal("-2500000"), null, true)).isEqualTo("about -€2,500,000");
		assertThat(this.formats.change(null, new BigDecimal("3.1"), false)).isEqualTo("+3.10%");
		assertThat(this.formats.change(null, null, true)).isNull();
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.money(new BigDecimal("118750000"), true))
			.isEqualTo("environ 118\u202f750\u202f000\u00a0€");
		assertThat(this.formats.change(new BigDecimal("13850000"), new BigDecimal("7.99"), true))
			.isEqualTo("environ +13\u202f850\u202f000\u00a0€ (+7,99\u202f%)");
	}

	@Test
	void datesInEachLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.date(LocalDate.of(2023, 12, 7))).isEqualTo("7 December 2023");
		assertThat(this.formats.date(LocalDate.of(2023, 12, 1))).isEqualTo("1 December 2023");
		assertThat(this.formats.month(LocalDate.of(2023, 12, 1))).isEqualTo("December 2023");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.date(LocalDate.of(2023, 12, 7))).isEqualTo("7 décembre 2023");
		assertThat(this.formats.date(LocalDate.of(2002, 7, 1))).isEqualTo("1er juillet 2002");
		assertThat(this.formats.month(LocalDate.of(2023, 12, 1))).isEqualTo("décembre 2023");
		assertThat(this.formats.timestamp(Instant.parse("2025-03-01T09:05:00Z")))
			.isEqualTo("1er mars 2025 à 09:05 UTC");
	}

	@Test
	void dateRangesInEachLanguage() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.dateRange(LocalDate.of(2023, 12, 4), LocalDate.of(2023, 12, 14)))
			.isEqualTo("4–14 décembre 2023");
		assertThat(this.formats.dateRange(LocalDate.of(2007, 11, 30), LocalDate.of(2007, 12, 14)))
			.isEqualTo("30 novembre – 14 décembre 2007");
		assertThat(this.formats.dateRange(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 6)))
			.isEqualTo("1er–6 décembre 2024");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.dateRange(LocalDate.of(2023, 12, 4), LocalDate.of(2023, 12, 14)))
			.isEqualTo("4–14 December 2023");
	}

	@Test
	void numbersAndPercentagesInEachLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.number(12345)).isEqualTo("12,345");
		assertThat(this.formats.percent(new BigDecimal("7.99"))).isEqualTo("+7.99%");
		assertThat(this.formats.percent(new BigDecimal("-0.5"))).isEqualTo("-0.50%");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.number(12345)).isEqualTo("12\u202f345");
		assertThat(this.formats.percent(new BigDecimal("7.99"))).isEqualTo("+7,99\u202f%");
		assertThat(this.formats.percent(new BigDecimal("-0.5"))).isEqualTo("-0,50\u202f%");
	}

	@Test
	void ordinalsInEachLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.ordinal(1)).isEqualTo("1st");
		assertThat(this.formats.ordinalFeminine(1)).isEqualTo("1st");
		assertThat(this.formats.ordinal(22)).isEqualTo("22nd");
		assertThat(this.formats.ordinal(13)).isEqualTo("13th");
		assertThat(this.formats.ordinal(123)).isEqualTo("123rd");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.ordinal(1)).isEqualTo("1er");
		assertThat(this.formats.ordinalFeminine(1)).isEqualTo("1re");
		assertThat(this.formats.ordinal(2)).isEqualTo("2e");
		assertThat(this.formats.ordinalFeminine(21)).isEqualTo("21e");
		assertThat(this.formats.ordinal(124)).isEqualTo("124e");
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/common", "i18n/sessions");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
