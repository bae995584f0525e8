package org.asprecords.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sessions a search names the way people name them, anywhere in the query:
 * {@code ASP22}, {@code ASP 22}, {@code ICC-ASP/22}, {@code 22nd session},
 * {@code 22e session}, {@code session 22}, {@code S-1}, {@code special session 1},
 * {@code Review Conference}, and a year ({@code 2023}) for the sessions held in it. What
 * is left is searched as words.
 */
final class SessionReferences {

	/** A session by its number, as its slug writes it ({@code 22}). */
	private static final Pattern REGULAR = Pattern.compile("""
			(?iu)\\b(?:icc[-\\s]?)?asp\\s*[-/.]?\\s*0*(?<n1>[1-9]\\d{0,2})\\b\
			|\\b0*(?<n2>[1-9]\\d{0,2})\\s*(?:st|nd|rd|th|e|ème|eme|è|re|er)?\\s+(?:regular\\s+|ordinary\\s+)?session\\b\
			|\\bsession\\s+(?:ordinaire\\s+)?0*(?<n3>[1-9]\\d{0,2})\\b""");

	private static final Pattern SPECIAL = Pattern.compile(
			"""
					(?iu)\\bs\\s*-\\s*0*(?<s1>[1-9]\\d?)\\b|\\bs0*(?<s2>[1-9]\\d?)\\b\
					|\\bspecial\\s+session\\s+0*(?<s3>[1-9]\\d?)\\b\
					|\\b0*(?<s4>[1-9]\\d?)\\s*(?:st|nd|rd|th|e|ère|re)?\\s+(?:special\\s+session|session\\s+extraordinaire)\\b""");

	private static final Pattern REVIEW_CONFERENCE = Pattern
		.compile("(?iu)\\b(?:the\\s+)?review\\s+conference\\b|\\bconf[ée]rence\\s+de\\s+r[ée]vision\\b");

	/**
	 * A year the Assembly may have met in: from its first session, in 2002. Other numbers
	 * are words.
	 */
	private static final Pattern YEAR = Pattern.compile("\\b(?<year>20(?:0[2-9]|[1-9][0-9]))\\b");

	private SessionReferences() {
	}

	/**
	 * @param text the query, cleaned ({@code SearchText.clean})
	 */
	static Reading read(String text) {
		Set<String> slugs = new LinkedHashSet<>();
		Set<Integer> years = new LinkedHashSet<>();
		StringBuilder words = new StringBuilder(text);
		// "special session 1" before "session 1"
		remove(words, SPECIAL, (matcher) -> slugs.add("S-" + group(matcher, "s1", "s2", "s3", "s4")));
		remove(words, REGULAR, (matcher) -> slugs.add(group(matcher, "n1", "n2", "n3")));
		remove(words, REVIEW_CONFERENCE, (matcher) -> slugs.add("review-conference"));
		remove(words, YEAR, (matcher) -> years.add(Integer.parseInt(matcher.group("year"))));
		return new Reading(List.copyOf(slugs), List.copyOf(years), words.toString().strip().replaceAll("\\s+", " "));
	}

	/** Takes every match out of {@code text}, after {@code take} has read it. */
	private static void remove(StringBuilder text, Pattern pattern, Consumer<Matcher> take) {
		Matcher matcher = pattern.matcher(text);
		List<int[]> spans = new ArrayList<>();
		while (matcher.find()) {
			take.accept(matcher);
			spans.add(new int[] { matcher.start(), matcher.end() });
		}
		for (int i = spans.size() - 1; i >= 0; i--) {
			text.replace(spans.get(i)[0], spans.get(i)[1], " ");
		}
	}

	private static String group(Matcher matcher, String... names) {
		for (String name : names) {
			String value = matcher.group(name);
			if (value != null) {
				return value;
			}
		}
		throw new IllegalStateException("no number in " + matcher.group());
	}

	/**
	 * @param slugs the sessions named, as their slugs
	 * @param years the years named
	 * @param words the rest of the query
	 */
	public record Reading(List<String> slugs, List<Integer> years, String words) {

		boolean namesSessions() {
			return !this.slugs.isEmpty() || !this.years.isEmpty();
		}

	}

}
