package org.asprecords.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conditions of a list's SQL query, made of the filters a visitor gave and of those
 * only: a filter given adds its condition and its parameter, a filter not given adds
 * nothing. So the database plans the query it is asked, with the index of each condition,
 * rather than one general query whose {@code :x is null or ...} conditions no index
 * serves.
 */
public final class Where {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/** A condition always applied (what the public sees, for instance). */
	public Where and(String condition) {
		this.conditions.add(condition);
		return this;
	}

	/**
	 * A condition on one named parameter, applied only when its value is given.
	 * @param value the filter's value, or {@code null} when the filter is not given
	 */
	public Where and(String condition, String parameter, Object value) {
		if (value != null) {
			this.conditions.add(condition);
			this.parameters.put(parameter, value);
		}
		return this;
	}

	/** {@code where} and the conditions, or nothing when there is none. */
	public String sql() {
		return this.conditions.isEmpty() ? "" : "where " + String.join(" and ", this.conditions) + " ";
	}

	/** The parameters of the conditions applied, by name. */
	public Map<String, Object> parameters() {
		return Collections.unmodifiableMap(this.parameters);
	}

	/**
	 * A page of the ids of a list with these conditions, and how many rows the list has.
	 * The count of the list without filters is kept until the records change
	 * ({@link RecordsCache}): counting reads every row the public sees, so it grew with
	 * the records on a list's every page. A filtered count is read each time: its
	 * conditions come from visitors, and kept counts of whatever they ask would grow
	 * without bound.
	 * @param select the query of the ids before its conditions
	 * ({@code select r.id from resolution r join assembly_session s on s.id = r.session_id})
	 * @param count the count before its conditions, with the tables they name
	 * @param order the order after the conditions ({@code order by ...}), complete so
	 * that pages do not overlap
	 */
	public Page<Long> ids(JdbcClient jdbc, RecordsCache cache, String select, String count, String order,
			Pageable pageable) {
		List<Long> ids = jdbc.sql(select + " " + sql() + order + " " + PageBound.of(pageable))
			.params(this.parameters)
			.query(Long.class)
			.list();
		String counting = count + " " + sql();
		Supplier<Long> total = () -> jdbc.sql(counting).params(this.parameters).query(Long.class).single();
		return new PageImpl<>(ids, pageable, this.parameters.isEmpty() ? cache.get(counting, total) : total.get());
	}

	/**
	 * The records of these ids, in the order of the ids, read at once (none read for no
	 * id).
	 * @param read reads the records of an array of ids ({@code array_has(:ids, x.id)}:
	 * Hibernate keeps the plan of a query with one array, not of one with a list)
	 */
	public static <T> List<T> inOrder(List<Long> ids, Function<Long[], ? extends Collection<T>> read,
			Function<T, Long> id) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, T> byId = read.apply(ids.toArray(Long[]::new))
			.stream()
			.collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
		return ids.stream().map(byId::get).toList();
	}

}
