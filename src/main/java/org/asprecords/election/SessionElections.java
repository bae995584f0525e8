package org.asprecords.election;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.db.SessionRows;
import org.asprecords.db.Visibility;
import org.asprecords.election.SessionElection.Elected;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The elections a session's page lists, read as the lines it shows.
 *
 * <p>
 * One query of plain rows: a page of the elections, each joined to its elected candidates
 * with the names of their people and States (a row per elected, or one for an election
 * with none recorded). Loaded as entities, every candidate of every election came with
 * its person and States and all their columns, most of the database work of a session
 * page (JFR: 9% of its CPU).
 */
@Component
public class SessionElections {

	private final JdbcClient jdbc;

	SessionElections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of a session's elections the public sees, in the order they were entered.
	 */
	public List<SessionElection> page(long sessionId, Pageable pageable) {
		Map<Long, SessionElection> elections = new LinkedHashMap<>();
		SessionRows
			.page(this.jdbc,
					"""
							select e.id, e.slug, e.body, e.seats, c.id, p.slug, p.name, n.name, st.slug, st.name, c.role, n.code,
							       st.code
							from (select x.id, x.slug, x.body, x.seats %s order by x.id %%s) e
							left join candidacy c on c.election_id = e.id and c.outcome = 'ELECTED'
							left join person p on p.id = c.person_id and %s
							left join state n on n.id = c.nationality_id and %s
							left join state st on st.id = c.state_id and %s
							order by e.id, c.position"""
						.formatted(SessionRows.from("election"), Visibility.of("p", false), Visibility.of("n", false),
								Visibility.of("st", false)),
					sessionId, pageable)
			.query((row) -> {
				SessionElection election = elections.get(row.getLong(1));
				if (election == null) {
					election = new SessionElection(row.getString(2), ElectionBody.valueOf(row.getString(3)),
							row.getObject(4, Integer.class), new ArrayList<>());
					elections.put(row.getLong(1), election);
				}
				if (row.getObject(5) != null) {
					election.elected()
						.add(new Elected(row.getString(6), row.getString(7), row.getString(8), row.getString(12),
								row.getString(9), row.getString(10), row.getString(13), row.getString(11)));
				}
			});
		return elections.values()
			.stream()
			.map((e) -> new SessionElection(e.slug(), e.body(), e.seats(), List.copyOf(e.elected())))
			.toList();
	}

}
