package org.asprecords.db;

import java.util.List;

/**
 * An excerpt of a record with the words that matched a search marked ({@link Excerpts}).
 * The page renders each part escaped, the matches inside {@code <mark>}, so no stored
 * text is ever rendered as HTML.
 *
 * @param parts the excerpt, in order
 */
public record Snippet(List<Part> parts) {

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	public record Part(String text, boolean match) {
	}

}
