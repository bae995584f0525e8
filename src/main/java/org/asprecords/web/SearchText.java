package org.asprecords.web;

/**
 * What a visitor typed in a search box, made safe to hand to PostgreSQL: control
 * characters (which PostgreSQL rejects in text, or which mark highlights) removed, blanks
 * folded, and the length capped.
 */
public final class SearchText {

	public static final int MAX_LENGTH = 200;

	private SearchText() {
	}

	public static String clean(String input) {
		if (input == null) {
			return "";
		}
		String cleaned = input.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ")
			.replaceAll("[\\s\\p{Z}]+", " ")
			.strip();
		return (cleaned.length() > MAX_LENGTH) ? cleaned.substring(0, MAX_LENGTH).strip() : cleaned;
	}

}
