package org.asprecords.db;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records of a session that a join table links to one record (the statements
 * delivered on a State's behalf, the side events an organization organized), newest
 * session first, then by day, then as entered: the ids of a page of them, read in order
 * on the join table's index (V29), where each join row keeps its record's session's start
 * date and its record's own date. Read in SQL: JPQL cannot name a join table's own
 * columns. The records read are those the public sees, as the list's count counts them.
 *
 * @param joinTable the join table
 * @param ownerColumn its column naming the one record ({@code state_id})
 * @param recordTable the table of the records listed ({@code statement})
 * @param recordColumn the join table's column naming them ({@code statement_id})
 */
public record JoinedNewest(String joinTable, String ownerColumn, String recordTable, String recordColumn) {

	/** The ids of a page of the records linked to {@code owner}, in the list's order. */
	public List<Long> ids(JdbcClient jdbc, long owner, Pageable pageable) {
		return jdbc
			.sql("""
					select j.%s from %s j join %s x on x.id = j.%s join assembly_session s on s.id = x.session_id
					where j.%s = :owner and %s
					order by j.session_start desc nulls last, j.record_date nulls last, j.%s %s""".formatted(
					this.recordColumn, this.joinTable, this.recordTable, this.recordColumn, this.ownerColumn,
					Visibility.of("x", "s"), this.recordColumn, PageBound.of(pageable)))
			.param("owner", owner)
			.query(Long.class)
			.list();
	}

}
