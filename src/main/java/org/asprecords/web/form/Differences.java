package org.asprecords.web.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Which fields of a form differ between the record as it is now saved and what an editor
 * typed, for the conflict page.
 */
public final class Differences {

	private Differences() {
	}

	public static List<Difference> between(Object saved, Object typed, List<String> fields) {
		BeanWrapper savedValues = PropertyAccessorFactory.forBeanPropertyAccess(saved);
		BeanWrapper typedValues = PropertyAccessorFactory.forBeanPropertyAccess(typed);
		List<Difference> differences = new ArrayList<>();
		for (String field : fields) {
			Object now = normalized(savedValues.getPropertyValue(field));
			Object mine = normalized(typedValues.getPropertyValue(field));
			if (!Objects.equals(now, mine)) {
				differences.add(new Difference(field, text(now), text(mine)));
			}
		}
		return differences;
	}

	private static Object normalized(Object value) {
		if (value instanceof String text) {
			String stripped = text.strip().replace("\r\n", "\n");
			return stripped.isEmpty() ? null : stripped;
		}
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		return value;
	}

	private static String text(Object value) {
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return (value != null) ? value.toString() : "";
	}

	/**
	 * @param field the form field
	 * @param saved the value now saved
	 * @param typed the value the editor typed
	 */
	public record Difference(String field, String saved, String typed) {
	}

}
