package org.asprecords.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search phrased as a question of what kind of record it wants: "who spoke palestine",
 * "who said … about …", "statements on cooperation", "qui a parlé de la Palestine" ask
 * for statements; "resolutions on the budget" for resolutions. The phrase is taken out of
 * the words (no record says "who spoke") and the kind it asks for is shown first.
 */
final class AskedKind {

	private static final String SPACE = "\\s+";

	private static final List<Phrase> PHRASES = List.of(
			new Phrase(
					"(?:who|which\\s+(?:states?|delegations?|organi[sz]ations?|ngos?|countries))" + SPACE
							+ "(?:spoke|speaks|said|says|talked|talks|mentioned)(?:" + SPACE + "(?:about|on|of))?",
					SearchKind.STATEMENT),
			new Phrase("(?:statements?|speeches|interventions?)" + SPACE + "(?:about|on|of|by)", SearchKind.STATEMENT),
			new Phrase("qui" + SPACE + "a" + SPACE + "(?:parlé|dit|évoqué)(?:" + SPACE
					+ "(?:de\\s+la|de\\s+l'|des|du|de|sur))?", SearchKind.STATEMENT),
			new Phrase("(?:déclarations?|interventions?)" + SPACE + "(?:sur\\s+la|sur\\s+le|sur|de\\s+la|des|du|de)",
					SearchKind.STATEMENT),
			new Phrase("resolutions?" + SPACE + "(?:about|on|of)", SearchKind.RESOLUTION), new Phrase(
					"résolutions?" + SPACE + "(?:sur\\s+la|sur\\s+le|sur|de\\s+la|des|du|de)", SearchKind.RESOLUTION));

	private AskedKind() {
	}

	/**
	 * What the words ask for, and the words without the asking.
	 */
	static Reading read(String words) {
		for (Phrase phrase : PHRASES) {
			Matcher matcher = phrase.pattern().matcher(words);
			if (matcher.lookingAt()) {
				String rest = words.substring(matcher.end()).strip();
				if (!rest.isEmpty()) {
					return new Reading(phrase.kind(), rest);
				}
			}
		}
		return new Reading(null, words);
	}

	/**
	 * @param kind the kind asked for, or {@code null} when the words ask for none
	 * @param words the words to search
	 */
	public record Reading(SearchKind kind, String words) {
	}

	private record Phrase(Pattern pattern, SearchKind kind) {

		Phrase(String regex, SearchKind kind) {
			this(Pattern.compile("\\s*" + regex + "(?=\\s|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind);
		}

	}

}
