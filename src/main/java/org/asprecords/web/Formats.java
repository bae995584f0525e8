package org.asprecords.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats dates, amounts and numbers for the visitor's language, for templates
 * ({@code ${#formats.money(x)}}). Patterns come from the message bundles, so each
 * language writes dates and money its own way.
 */
@Component("formats")
public class Formats implements TemplateObject {

	private static final Currency EURO = Currency.getInstance("EUR");

	private final MessageSource messages;

	/**
	 * Formatters by pattern key and language: a list page formats hundreds of dates, and
	 * parsing a pattern for each cost a few percent of its render. The bundles do not
	 * change while the portal runs, so a formatter, once built, stays right.
	 */
	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	/**
	 * Number formats by kind and language, copied for each use (a format is not
	 * thread-safe): building one from the locale's data for each amount was most of the
	 * 6% of the budgets list's CPU spent in {@link #money}.
	 */
	private final Map<String, NumberFormat> numberFormats = new ConcurrentHashMap<>();

	public Formats(MessageSource messages) {
		this.messages = messages;
	}

	public String date(LocalDate date) {
		return (date != null) ? pattern("format.date", date.getDayOfMonth()).format(date) : null;
	}

	public String month(LocalDate date) {
		return (date != null) ? pattern("format.month", 0).format(date) : null;
	}

	/**
	 * A span of days written compactly: "4–14 December 2023", "30 November – 14 December
	 * 2007".
	 */
	public String dateRange(LocalDate start, LocalDate end) {
		if (start == null || end == null || start.equals(end)) {
			return date((start != null) ? start : end);
		}
		if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
			return pattern("format.day", start.getDayOfMonth()).format(start) + "–" + date(end);
		}
		if (start.getYear() == end.getYear()) {
			return pattern("format.day-month", start.getDayOfMonth()).format(start) + " – " + date(end);
		}
		return date(start) + " – " + date(end);
	}

	/**
	 * A moment, in the portal's reference time (UTC), for "last saved" and revision
	 * lists.
	 */
	public String timestamp(Instant instant) {
		if (instant == null) {
			return null;
		}
		ZonedDateTime moment = instant.atZone(ZoneOffset.UTC);
		return pattern("format.timestamp", moment.getDayOfMonth()).format(moment);
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		NumberFormat format = numberFormat("money", (locale) -> {
			NumberFormat euros = NumberFormat.getCurrencyInstance(locale);
			euros.setCurrency(EURO);
			return euros;
		});
		format.setMinimumFractionDigits((amount.stripTrailingZeros().scale() > 0) ? 2 : 0);
		return format.format(amount);
	}

	/**
	 * An amount in euros, "about €5,800,000" where the source rounds it.
	 */
	public String money(BigDecimal amount, boolean approximate) {
		return about(money(amount), approximate);
	}

	/**
	 * A figure as "about" it where the source rounds it: "about €5,800,000".
	 */
	public String about(String figure, boolean approximate) {
		return (approximate && figure != null)
				? this.messages.getMessage("format.about", new Object[] { figure }, locale()) : figure;
	}

	/**
	 * A change as its amount and its percent, signed, "+€13,850,000 (+7.99%)", either
	 * alone where the other is unknown, "about" it where the source rounds it.
	 */
	public String change(BigDecimal amount, BigDecimal percent, boolean approximate) {
		String money = signedMoney(amount);
		String share = percent(percent);
		String figures = (money != null && share != null)
				? this.messages.getMessage("format.change", new Object[] { money, share }, locale())
				: (money != null) ? money : share;
		return about(figures, approximate);
	}

	public String signedMoney(BigDecimal amount) {
		return (amount != null && amount.signum() > 0) ? "+" + money(amount) : money(amount);
	}

	public String percent(BigDecimal value) {
		if (value == null) {
			return null;
		}
		NumberFormat format = numberFormat("decimal", NumberFormat::getNumberInstance);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		String number = format.format(value.setScale(2, RoundingMode.HALF_UP));
		return this.messages.getMessage("format.percent", new Object[] { (value.signum() > 0 ? "+" : "") + number },
				locale());
	}

	/**
	 * A part of a whole in percent, with one decimal and no sign: "31.1%".
	 */
	public String share(BigDecimal value) {
		if (value == null) {
			return null;
		}
		NumberFormat format = numberFormat("share", NumberFormat::getNumberInstance);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return this.messages.getMessage("format.percent",
				new Object[] { format.format(value.setScale(1, RoundingMode.HALF_UP)) }, locale());
	}

	public String number(Number value) {
		return (value != null) ? numberFormat("integer", NumberFormat::getIntegerInstance).format(value) : null;
	}

	/**
	 * "22nd" in English, "22e" in French, "1st" and "1er": the ordinal of a rank or a
	 * State Party.
	 */
	public String ordinal(int number) {
		return ordinal(number, "");
	}

	/**
	 * The ordinal agreeing with a feminine noun where the language has genders: "1st" in
	 * English, "1re" in French (une session, une reprise, une séance).
	 */
	public String ordinalFeminine(int number) {
		return ordinal(number, ".feminine");
	}

	private String ordinal(int number, String gender) {
		String suffix = switch (number % 100) {
			case 11, 12, 13 -> "th";
			default -> switch (number % 10) {
				case 1 -> "st";
				case 2 -> "nd";
				case 3 -> "rd";
				default -> "th";
			};
		};
		String key = (number == 1) ? "format.ordinal.first" + gender : "format.ordinal." + suffix;
		return this.messages.getMessage(key, new Object[] { number }, locale());
	}

	public boolean isUrl(String source) {
		return source != null && (source.startsWith("https://") || source.startsWith("http://"));
	}

	/**
	 * The site a source URL points to ("icc-cpi.int"), as the visible text of its link.
	 */
	public String site(String url) {
		try {
			String host = URI.create(url).getHost();
			return (host != null) ? host.replaceFirst("^www\\.", "") : url;
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

	/**
	 * The pattern for a date on {@code day} of its month: French writes the first day
	 * "1er".
	 */
	private DateTimeFormatter pattern(String key, int day) {
		String name = (day == 1) ? key + ".first-day" : key;
		Locale locale = locale();
		return this.formatters.computeIfAbsent(name + '/' + locale.toLanguageTag(),
				(ignored) -> DateTimeFormatter.ofPattern(this.messages.getMessage(name, null, locale), locale));
	}

	/** A copy of the language's format of this kind, free to be changed. */
	private NumberFormat numberFormat(String kind, Function<Locale, NumberFormat> create) {
		Locale locale = locale();
		return (NumberFormat) this.numberFormats
			.computeIfAbsent(kind + '/' + locale.toLanguageTag(), (ignored) -> create.apply(locale))
			.clone();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	@Override
	public String templateName() {
		return "formats";
	}

}
