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
 * Two queries of plain rows: a page of the elections, then their elected candidates with
 * the names of their people and States. Loaded as entities, every candidate of every
 * election came with its person and States and all their columns, most of the database
 * work of a session page (JFR: 9% of its CPU).
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
					"select x.id, x.slug, x.body, x.seats " + SessionRows.from("election")
							+ " order by x.id limit :limit offset :offset",
					sessionId, pageable)
			.query((row, n) -> elections.put(row.getLong(1),
					new SessionElection(row.getString(2), ElectionBody.valueOf(row.getString(3)),
							row.getObject(4, Integer.class), new ArrayList<>())))
			.list();
		if (elections.isEmpty()) {
			return List.of();
		}
		this.jdbc
			.sql("""
					select c.election_id, p.slug, p.name, n.name, s.slug, s.name, c.role, n.code, s.code
					from candidacy c
					left join person p on p.id = c.person_id and %s
					left join state n on n.id = c.nationality_id and %s
					left join state s on s.id = c.state_id and %s
					where c.election_id = any(:ids) and c.outcome = 'ELECTED'
					order by c.election_id, c.position""".formatted(Visibility.of("p", false),
					Visibility.of("n", false), Visibility.of("s", false)))
			.param("ids", elections.keySet().toArray(Long[]::new))
			.query((row, n) -> elections.get(row.getLong(1))
				.elected()
				.add(new Elected(row.getString(2), row.getString(3), row.getString(4), row.getString(8),
						row.getString(5), row.getString(6), row.getString(9), row.getString(7))))
			.list();
		return elections.values()
			.stream()
			.map((e) -> new SessionElection(e.slug(), e.body(), e.seats(), List.copyOf(e.elected())))
			.toList();
	}

}
