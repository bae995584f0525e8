package org.asprecords.history;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.util.ReflectionUtils;

/**
 * A field of a record as text, so that two revisions can be compared line by line: plain
 * values as they are, a related record by its symbol, name or slug, and a row of a record
 * (a candidacy, a round, a speaker) by its own fields.
 */
final class FieldText {

	/**
	 * What a revision shows of every record: its bookkeeping is in the revision itself.
	 */
	static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt", "class", "election",
			"statement", "hibernateLazyInitializer");

	private static final List<String> NAMING_GETTERS = List.of("getSymbol", "getName", "getSlug", "getYear");

	private FieldText() {
	}

	static String of(Object value) {
		return of(value, 0);
	}

	private static String of(Object value, int depth) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> items) {
			return items.stream()
				.map((item) -> of(item, depth))
				.filter((text) -> !text.isEmpty())
				.collect(Collectors.joining((depth == 0) ? "\n" : "; "));
		}
		if (isPlain(value)) {
			return value.toString();
		}
		String name = nameOf(value);
		if (name != null) {
			return name;
		}
		// Rows of rows (the votes of a round) are shown too, and no deeper.
		return (depth < 2) ? fieldsOf(value, depth + 1) : "";
	}

	/**
	 * Whether a value is shown by its own fields: a row of a record, neither a plain
	 * value nor a record known by a name.
	 */
	static boolean isRow(Object value) {
		return !isPlain(value) && !(value instanceof Collection<?>) && NAMING_GETTERS.stream()
			.noneMatch((getter) -> ReflectionUtils.findMethod(value.getClass(), getter) != null);
	}

	private static boolean isPlain(Object value) {
		return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?> || value instanceof Temporal || value instanceof Instant;
	}

	/** The symbol, name or slug of a related record, if it has one. */
	private static String nameOf(Object value) {
		for (String getter : NAMING_GETTERS) {
			Method method = ReflectionUtils.findMethod(value.getClass(), getter);
			if (method != null && method.getParameterCount() == 0) {
				Object name = ReflectionUtils.invokeMethod(method, value);
				if (name != null) {
					return name.toString();
				}
			}
		}
		return null;
	}

	/** A row of a record (a candidacy, a round, a speaker): its filled fields. */
	private static String fieldsOf(Object value, int depth) {
		BeanWrapper bean = new BeanWrapperImpl(value);
		return Arrays.stream(bean.getPropertyDescriptors())
			.filter((property) -> property.getReadMethod() != null && !BOOKKEEPING.contains(property.getName()))
			.map((property) -> {
				String text = of(bean.getPropertyValue(property.getName()), depth);
				return text.isEmpty() ? null : property.getName() + ": " + text.replace('\n', ' ');
			})
			.filter((text) -> text != null)
			.collect(Collectors.joining(", "));
	}

}
