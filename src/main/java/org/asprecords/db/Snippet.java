package org.asprecords.db;

import java.util.ArrayList;
import java.util.List;

/**
 * An excerpt of a record with the words that matched a search marked. PostgreSQL marks
 * them with control characters that stored text never contains; the page renders each
 * part escaped, the matches inside {@code <mark>}, so no stored text is ever rendered as
 * HTML.
 *
 * @param parts the excerpt, in order
 */
public record Snippet(List<Part> parts) {

	/** Start of a match in {@code ts_headline} output (its {@code StartSel}). */
	public static final String START = "\u0002";

	/** End of a match in {@code ts_headline} output (its {@code StopSel}). */
	public static final String STOP = "\u0003";

	/** The {@code ts_headline} options that produce what {@link #parse(String)} reads. */
	public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	public static Snippet parse(String headline) {
		List<Part> parts = new ArrayList<>();
		if (headline == null) {
			return new Snippet(parts);
		}
		boolean match = false;
		for (String piece : headline.split("[" + START + STOP + "]", -1)) {
			if (!piece.isEmpty()) {
				parts.add(new Part(piece, match));
			}
			match = !match;
		}
		return new Snippet(List.copyOf(parts));
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	public record Part(String text, boolean match) {
	}

}
