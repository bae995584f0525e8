package org.asprecords.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a form sent, as the page that could not save it gives it back: every field but
 * passwords, which are never written into a page.
 */
final class SentForm {

	private SentForm() {
	}

	static List<Field> of(Map<String, String[]> parameters) {
		List<Field> fields = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (!name.toLowerCase(Locale.ROOT).contains("password")) {
				for (String value : values) {
					fields.add(new Field(name, value));
				}
			}
		});
		return fields;
	}

	/**
	 * @param name the field's name
	 * @param value what it held
	 */
	public record Field(String name, String value) {

		/** Fields the editor typed, as opposed to the form's own hidden ones. */
		public boolean typed() {
			return !this.name.startsWith("_") && !"version".equals(this.name);
		}

	}

}
