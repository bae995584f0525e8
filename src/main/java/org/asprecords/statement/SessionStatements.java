package org.asprecords.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.db.SessionRows;
import org.asprecords.db.Visibility;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements a session's page lists, read as the lines it shows: a page of
 * statements, then the names of their speakers and organizations. Loaded as entities,
 * each statement came with all its columns, its speakers' people and its organizations
 * (JFR: 6% of a session page's CPU). Two plain queries rather than one with a subquery
 * per statement: PostgreSQL planned that one again on every call and it cost more than
 * the rest of the page's queries together.
 */
@Component
public class SessionStatements {

	private static final int SPEAKER = 0;

	private static final int ORGANIZATION = 1;

	private final JdbcClient jdbc;

	SessionStatements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of a session's statements the public sees, undated first, then by date.
	 */
	public List<SessionStatement> page(long sessionId, Pageable pageable) {
		Map<Long, Line> lines = new LinkedHashMap<>();
		SessionRows
			.page(this.jdbc, """
					select x.id, x.slug, x.segment, x.delivered_on, x.speaker_label, x.on_behalf_label, st.name, st.code
					%s
					order by x.delivered_on nulls first, x.id %%s""".formatted(SessionRows.from("statement",
					"left join state st on st.id = x.speaker_state_id and " + Visibility.of("st", false))), sessionId,
					pageable)
			.query((row, n) -> lines.put(row.getLong(1),
					new Line(row.getString(2), Segment.valueOf(row.getString(3)), row.getObject(4, LocalDate.class),
							row.getString(5), row.getString(6), row.getString(7), row.getString(8))))
			.list();
		if (lines.isEmpty()) {
			return List.of();
		}
		this.jdbc
			.sql("""
					select sp.statement_id, %d, sp.position, p.name from statement_speaker sp
					join person p on p.id = sp.person_id and %s where sp.statement_id = any(:ids)
					union all
					select so.statement_id, %d, so.position, o.name from statement_organization so
					join organization o on o.id = so.organization_id and %s where so.statement_id = any(:ids)
					order by 1, 2, 3""".formatted(SPEAKER, Visibility.of("p", false), ORGANIZATION,
					Visibility.of("o", false)))
			.param("ids", lines.keySet().toArray(Long[]::new))
			.query((row, n) -> {
				Line line = lines.get(row.getLong(1));
				return ((row.getInt(2) == SPEAKER) ? line.people : line.organizations).add(row.getString(4));
			})
			.list();
		return lines.values().stream().map(Line::statement).toList();
	}

	/** A statement's line while its names are gathered. */
	private record Line(String slug, Segment segment, LocalDate deliveredOn, String label, String onBehalf,
			String state, String stateCode, List<String> people, List<String> organizations) {

		Line(String slug, Segment segment, LocalDate deliveredOn, String label, String onBehalf, String state,
				String stateCode) {
			this(slug, segment, deliveredOn, label, onBehalf, state, stateCode, new ArrayList<>(), new ArrayList<>());
		}

		SessionStatement statement() {
			return new SessionStatement(this.slug, this.segment, this.deliveredOn,
					new Speakers(List.copyOf(this.people), List.copyOf(this.organizations), this.state, this.stateCode,
							this.label, this.onBehalf));
		}

	}

}
