package org.asprecords.web.form;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asprecords.db.FieldRejectedException;

/**
 * Records an editor picked from a list by their keys (slugs): a pick that names no
 * recorded record is a field error, not a missing link saved silently.
 */
public final class Chosen {

	private Chosen() {
	}

	/**
	 * The record picked, or {@code null} when none was.
	 * @throws FieldRejectedException if no record has the key
	 */
	public static <T> T one(String key, Function<String, Optional<T>> find, String field, String messageKey) {
		String chosen = FormSubmission.blankToNull(key);
		if (chosen == null) {
			return null;
		}
		return find.apply(chosen).orElseThrow(() -> new FieldRejectedException(field, messageKey));
	}

	/**
	 * The records picked, in the order of their keys, each once, read in one query.
	 * @param findAll reads the records that have any of the keys
	 * @throws FieldRejectedException if a key names no record
	 */
	public static <T> List<T> all(List<String> keys, Function<Collection<String>, List<T>> findAll,
			Function<T, String> keyOf, String field, String messageKey) {
		Set<String> chosen = keys.stream()
			.map(FormSubmission::blankToNull)
			.filter((key) -> key != null)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (chosen.isEmpty()) {
			return List.of();
		}
		Map<String, T> found = findAll.apply(chosen).stream().collect(Collectors.toMap(keyOf, Function.identity()));
		if (!found.keySet().containsAll(chosen)) {
			throw new FieldRejectedException(field, messageKey);
		}
		return chosen.stream().map(found::get).toList();
	}

}
