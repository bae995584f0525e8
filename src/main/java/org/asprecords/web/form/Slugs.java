package org.asprecords.web.form;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs of the records known by name (States, people, organizations): lowercase ASCII
 * letters and digits in words joined by single hyphens, as in {@code republic-of-korea}.
 */
public final class Slugs {

	/** A well-formed slug, or nothing (the form then picks it from the name). */
	public static final String OPTIONAL = "([a-z0-9]+(-[a-z0-9]+)*)?";

	/** A well-formed slug. */
	public static final String REQUIRED = "[a-z0-9]+(-[a-z0-9]+)*";

	public static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	/**
	 * The slug a name gives: accents dropped ("Côte d'Ivoire" gives
	 * {@code cote-d-ivoire}), every other run of characters but ASCII letters and digits
	 * made one hyphen, cut to {@value #MAX_LENGTH} characters; empty when the name has no
	 * such letter or digit.
	 */
	public static String from(String name) {
		if (name == null) {
			return "";
		}
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-$", "");
		}
		return slug;
	}

}
