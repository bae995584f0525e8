package org.asprecords.statement;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.asprecords.db.SessionRows;
import org.asprecords.db.Visibility;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements a session's page lists, read as the lines it shows: one query, the names
 * of speakers and organizations gathered in arrays. Loaded as entities, each statement
 * came with all its columns, its speakers' people and its organizations (JFR: 6% of a
 * session page's CPU).
 */
@Component
public class SessionStatements {

	private final JdbcClient jdbc;

	SessionStatements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of a session's statements the public sees, undated first, then by date.
	 */
	public List<SessionStatement> page(long sessionId, Pageable pageable) {
		return SessionRows
			.page(this.jdbc,
					"""
							select x.slug, x.segment, x.delivered_on, x.speaker_label, x.on_behalf_label,
							  (select st.name from state st where st.id = x.speaker_state_id and %s),
							  array(select p.name from statement_speaker sp join person p on p.id = sp.person_id
							        where sp.statement_id = x.id and %s order by sp.position),
							  array(select o.name from statement_organization so join organization o on o.id = so.organization_id
							        where so.statement_id = x.id and %s order by so.position)
							%s
							order by x.delivered_on nulls first, x.id limit :limit offset :offset"""
						.formatted(Visibility.of("st", false), Visibility.of("p", false), Visibility.of("o", false),
								SessionRows.from("statement")),
					sessionId, pageable)
			.query((row, n) -> new SessionStatement(row.getString(1), Segment.valueOf(row.getString(2)),
					row.getObject(3, LocalDate.class),
					new Speakers(names(row.getArray(7)), names(row.getArray(8)), row.getString(6), row.getString(4),
							row.getString(5))))
			.list();
	}

	private static List<String> names(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

}
