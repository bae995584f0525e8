package org.asprecords.web.chart;

import org.asprecords.web.TemplateObject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.asprecords.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The short labels of a chart's axis, in the visitor's language: "€150m" in English, "150
 * M€" in French. The exact amounts are in the bars' titles and in the table beside the
 * chart; an axis only needs to be read at a glance.
 */
@Component("chartFormats")
public class ChartFormats implements TemplateObject {

	private static final long MILLION = 1_000_000;

	private final MessageSource messages;

	private final Formats formats;

	public ChartFormats(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * A tick of an axis of euros: in millions where the ticks are a million apart or
	 * more, else in full.
	 * @param euros the tick's value
	 * @param step the distance between the axis's ticks
	 */
	public String euros(long euros, long step) {
		if (euros == 0 || step < MILLION) {
			return this.formats.money(BigDecimal.valueOf(euros));
		}
		BigDecimal millions = BigDecimal.valueOf(euros).movePointLeft(6).stripTrailingZeros();
		NumberFormat number = NumberFormat.getNumberInstance(locale());
		number.setMaximumFractionDigits(Math.max(0, millions.scale()));
		return this.messages.getMessage("charts.euros.millions", new Object[] { number.format(millions) }, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	@Override
	public String templateName() {
		return "chartFormats";
	}

}
