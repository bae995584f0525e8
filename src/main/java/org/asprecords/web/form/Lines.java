package org.asprecords.web.form;

import java.util.List;

/**
 * Lists typed one item a line in a text area: trimmed, blank lines dropped.
 */
public final class Lines {

	private Lines() {
	}

	public static List<String> of(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	public static String join(List<String> items) {
		return String.join("\n", items);
	}

}
