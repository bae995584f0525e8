package org.asprecords.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a search is narrowed to: the sessions its query names ({@code ASP22}) or the years
 * ({@code 2023}: the sessions held in it, and its programme budget), and its filters (one
 * session, a range of years), all of which a record of a session must meet. People,
 * States and organizations belong to no session and are searched whatever the scope. Each
 * part is a condition on the matches' own rows, so that a scope costs the same whatever
 * the number of sessions it covers.
 *
 * @param named the ids of the sessions the query names
 * @param namedYears the years the query names
 * @param session the id of the one session a filter chose, or {@code null}
 * @param from the first year a filter chose, or {@code null}
 * @param to the last year a filter chose, or {@code null}
 */
public record SearchScope(List<Long> named, List<Integer> namedYears, Long session, Integer from, Integer to) {

	public static final SearchScope EVERY_SESSION = new SearchScope(List.of(), List.of(), null, null, null);

	public SearchScope {
		named = List.copyOf(named);
		namedYears = List.copyOf(namedYears);
	}

	public boolean narrowed() {
		return !this.named.isEmpty() || !this.namedYears.isEmpty() || this.session != null || this.from != null
				|| this.to != null;
	}

	/**
	 * The conditions of the scope on a kind's matches, each starting with {@code and}.
	 * @param id the column of the match's session
	 * @param date the column of its session's start
	 * @param year the column of a budget's year, or {@code null} for other kinds
	 */
	String condition(String id, String date, String year) {
		List<String> named = new ArrayList<>();
		if (!this.named.isEmpty()) {
			named.add(id + " in (:named)");
		}
		if (!this.namedYears.isEmpty()) {
			named.add("extract(year from " + date + ")::int in (:namedYears)");
			if (year != null) {
				named.add(year + " in (:namedYears)");
			}
		}
		StringBuilder condition = new StringBuilder();
		if (!named.isEmpty()) {
			condition.append(" and (").append(String.join(" or ", named)).append(")");
		}
		if (this.session != null) {
			condition.append(" and ").append(id).append(" = :session");
		}
		if (this.from != null) {
			condition.append(" and ").append(date).append(" >= :fromDay");
		}
		if (this.to != null) {
			condition.append(" and ").append(date).append(" < :untilDay");
		}
		return condition.toString();
	}

	/** Binds the values {@link #condition} names. */
	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query) {
		JdbcClient.StatementSpec bound = query;
		if (!this.named.isEmpty()) {
			bound = bound.param("named", this.named);
		}
		if (!this.namedYears.isEmpty()) {
			bound = bound.param("namedYears", this.namedYears);
		}
		if (this.session != null) {
			bound = bound.param("session", this.session);
		}
		if (this.from != null) {
			bound = bound.param("fromDay", LocalDate.of(this.from, 1, 1));
		}
		if (this.to != null) {
			bound = bound.param("untilDay", LocalDate.of(this.to + 1, 1, 1));
		}
		return bound;
	}

}
