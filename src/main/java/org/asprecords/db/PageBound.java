package org.asprecords.db;

import org.springframework.data.domain.Pageable;

/**
 * The bound of a page of rows ({@code limit 20 offset 40}), written into the SQL as
 * numbers rather than bound as parameters.
 *
 * <p>
 * PostgreSQL keeps one generic plan for a prepared statement only while it costs no more
 * than the plans it makes for each call's values. Given {@code limit $1}, a generic plan
 * cannot know how few rows are wanted and is costed for a tenth of the table; once the
 * tables were large it lost to a plan made afresh on every call. With 100 times the
 * shipped records, a session's page spent about 1 ms of PostgreSQL's time a request
 * planning (pg_stat_statements with track_planning), a third of its database time. With
 * the bound written in, the generic plan knows it and is kept. The numbers are integers,
 * so nothing a visitor types reaches the SQL text; a list has few page sizes, so few
 * statements. Queries that search words (the site search, its names, the resolutions'
 * search, the feeds of a search) keep their bounds as parameters: the best plan for them
 * depends on the words, and with the bound written in PostgreSQL kept one plan for any
 * words, which was measured slower (1.9 against 1.4 ms of PostgreSQL's time a site
 * search, with the shipped records).
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
