package org.asprecords.election;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.asprecords.web.form.FormSubmission;

/**
 * Small helpers for the lines of the election form: what counts as nothing typed, and the
 * readable text of a line on the conflict page.
 */
final class Rows {

	private Rows() {
	}

	static boolean blank(String... texts) {
		return Arrays.stream(texts).allMatch((text) -> text == null || text.isBlank());
	}

	static boolean none(Object... values) {
		return Arrays.stream(values).allMatch(Objects::isNull);
	}

	static String text(String typed) {
		return FormSubmission.blankToNull(typed);
	}

	static String labelled(String label, Object value) {
		return (value == null || value.toString().isBlank()) ? null : label + " " + value;
	}

	/**
	 * The values given, as text, blanks left out.
	 */
	static String join(String separator, Object... values) {
		return Arrays.stream(values)
			.filter(Objects::nonNull)
			.map((value) -> value.toString().strip())
			.filter((value) -> !value.isEmpty())
			.collect(Collectors.joining(separator));
	}

}
