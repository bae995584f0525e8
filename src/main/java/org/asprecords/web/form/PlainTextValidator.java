package org.asprecords.web.form;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText}: refuses C0 and C1 controls (but line breaks and tabs in
 * multi-line text), bidirectional embeddings, overrides and isolates, zero-width
 * characters, and lone surrogates (half of a character, which a browser never sends but a
 * JSON file can hold as an escaped code between D800 and DFFF).
 */
class PlainTextValidator implements ConstraintValidator<PlainText, String> {

	private static final Pattern HIDDEN = Pattern
		.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u2060\\uFEFF]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}&&[^\\n\\r\\t]]");

	private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");

	private boolean multiline;

	@Override
	public void initialize(PlainText annotation) {
		this.multiline = annotation.multiline();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		if (HIDDEN.matcher(value).find() || CONTROL.matcher(value).find()) {
			return false;
		}
		return this.multiline || !LINE_BREAK.matcher(value).find();
	}

}
