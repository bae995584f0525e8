package org.asprecords.web.form;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Reads an amount in a form the way the sources print it, so that an editor can paste it:
 * {@code €187,084,300}, {@code 187 084 300 €}, {@code EUR 187,084,300.50},
 * {@code 187.084.300,50}, {@code +13 850 000}, as well as {@code 187084300.00}. Spring
 * Boot applies this formatter to every {@link BigDecimal} a form binds.
 * <p>
 * The euro sign or code and spaces (ordinary, no-break, narrow no-break) are dropped. A
 * plain number ({@code 187084300.001}) is read as it is, and the form's checks judge it.
 * Otherwise a comma or point followed by one or two digits at the end is the decimal
 * mark, and the other mark must group the digits before it by thousands ({@code 187,084}
 * is 187084: an amount of euros has no third decimal). Anything else is refused with the
 * field's type message rather than guessed.
 */
@Component
public class AmountFormat implements Formatter<BigDecimal> {

	private static final Pattern DROPPED = Pattern.compile("(?i)€|\\beur(o|os)?\\b|[\\s\\u00a0\\u202f]");

	private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

	/**
	 * Digits grouped by thousands, with one mark; then a decimal mark and one or two
	 * decimals.
	 */
	private static final Pattern GROUPED = Pattern
		.compile("([+-]?)([0-9]{1,3}(?:([.,])[0-9]{3})(?:\\3[0-9]{3})*|[0-9]+)(?:([.,])([0-9]{1,2}))?");

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String number = DROPPED.matcher(text).replaceAll("").replace('\u2212', '-');
		if (PLAIN.matcher(number).matches()) {
			return new BigDecimal(number);
		}
		Matcher grouped = GROUPED.matcher(number);
		if (!grouped.matches() || (grouped.group(4) != null && grouped.group(4).equals(grouped.group(3)))) {
			throw new ParseException(text, 0);
		}
		String digits = grouped.group(1) + grouped.group(2).replaceAll("[.,]", "");
		return new BigDecimal((grouped.group(5) != null) ? digits + "." + grouped.group(5) : digits);
	}

	@Override
	public String print(BigDecimal amount, Locale locale) {
		return amount.toPlainString();
	}

}
