package org.asprecords.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * What a profile's page shows: the record, and the first page of each of its lists with
 * how many records each holds.
 *
 * @param <R> the record (a State, a person, an organization)
 * @param <L> its lists
 * @param record the record
 * @param lists the first page of each list, in the order of the page
 */
public record Profile<R, L extends Enum<L> & ProfileList>(R record, Map<L, Page<?>> lists) {

	/** The lists that hold any record, in the order of the page. */
	public List<L> shown() {
		return this.lists.keySet().stream().filter((list) -> this.lists.get(list).hasContent()).toList();
	}

	/** The first page of a list, as its records' type; the list's enum knows it. */
	@SuppressWarnings("unchecked")
	public <T> Page<T> page(L list) {
		return (Page<T>) this.lists.get(list);
	}

	/**
	 * How many records each list holds, by its path, in the order of the page: what the
	 * JSON API gives beside the first of them.
	 */
	public Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.lists.forEach((list, page) -> counts.put(list.getPath(), page.getTotalElements()));
		return counts;
	}

}
