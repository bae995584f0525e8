package org.asprecords.db;

import org.springframework.data.domain.Pageable;

/**
 * The bound of a page of rows ({@code limit 20 offset 40}), written into the SQL as
 * numbers rather than bound as parameters.
 *
 * <p>
 * PostgreSQL runs each prepared statement on one plan made for any values (the portal
 * asks it to: {@code plan_cache_mode}, application.properties). Given {@code limit $1},
 * such a plan cannot know how few rows are wanted and is costed for a tenth of the table;
 * with the bound written in, it knows. (Before the portal asked for kept plans, that cost
 * made PostgreSQL plan a session's page afresh on every call with 100 times the shipped
 * records: about 1 ms a request, a third of its database time.) The numbers are integers,
 * so nothing a visitor types reaches the SQL text; a list has few page sizes, so few
 * statements. Queries that search words (the site search, its names, the resolutions'
 * search, the feeds of a search) keep their bounds as parameters: written in, they made
 * the site search slower (1.9 against 1.4 ms of PostgreSQL's time, with the shipped
 * records).
 */
public final class PageBound {

	private PageBound() {
	}

	/** The bound of this page. */
	public static String of(Pageable pageable) {
		return of(pageable.getPageSize(), pageable.getOffset());
	}

	/** At most {@code limit} rows, after the first {@code offset}. */
	public static String of(long limit, long offset) {
		if (limit < 0 || offset < 0) {
			throw new IllegalArgumentException("a page bound is not negative: " + limit + ", " + offset);
		}
		return (offset == 0) ? "limit " + limit : "limit " + limit + " offset " + offset;
	}

}
