package org.asprecords.db;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Native SQL for a page of one kind of a session's records, as the public sees them: the
 * table under the alias {@code x}, its session under {@code s}, the session's id and the
 * page bound.
 */
public final class SessionRows {

	private SessionRows() {
	}

	/**
	 * The {@code from} and {@code where} clauses: this table's rows of the session
	 * ({@code :session}) that the public sees, to be followed by the order and the page's
	 * {@link PageBound}.
	 */
	public static String from(String table) {
		return from(table, "");
	}

	/**
	 * The same, with joins of other tables to {@code x}
	 * ({@code left join state st on ...}).
	 */
	public static String from(String table, String joins) {
		return "from " + table + " x " + joins + " join assembly_session s on s.id = x.session_id"
				+ " where x.session_id = :session and " + Visibility.of("x", "s");
	}

	/**
	 * The query, its page's bound written in place of {@code %s}, with the session.
	 */
	public static StatementSpec page(JdbcClient jdbc, String sql, long sessionId, Pageable pageable) {
		return jdbc.sql(sql.formatted(PageBound.of(pageable))).param("session", sessionId);
	}

}
