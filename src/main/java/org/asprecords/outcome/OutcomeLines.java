package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.asprecords.db.SessionRows;
import org.asprecords.db.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first side events, amendments, policies, decisions and accessions of a session, as
 * its page lists them, in one query.
 *
 * <p>
 * Read as entities, they were five queries of every column, each a round trip that cost
 * PostgreSQL more than its own work on a session page (about 0.1 ms of protocol per
 * statement). The lines carry what the page and its JSON show, under the entities'
 * property names, so that the same template fragments show either.
 */
@Component
public class OutcomeLines {

	/** Each kind's part: its rows in the page's order, numbered, as shared columns. */
	private static final String QUERY = """
			select * from (
			  select 0 kind, row_number() over (order by x.held_on nulls last, x.id) n, x.slug, x.title a,
			         null::text b, null::text c, x.held_on d %s
			  union all
			  select 1, row_number() over (order by x.id), x.slug, x.instrument, x.provision, x.subject, null %s
			  union all
			  select 2, row_number() over (order by x.id), x.slug, x.name, null, null, null %s
			  union all
			  select 3, row_number() over (order by x.id), x.slug, x.title, null, null, null %s
			  union all
			  select 4, row_number() over (order by st.name, x.id), st.slug, st.name, x.note, null, null %s
			) lines where n <= :limit
			order by kind, n""".formatted(SessionRows.from("side_event"), SessionRows.from("amendment"),
			SessionRows.from("policy"), SessionRows.from("decision"),
			SessionRows.from("accession", "join state st on st.id = x.state_id and " + Visibility.of("st", false)));

	private final JdbcClient jdbc;

	OutcomeLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The first {@code limit} lines of each of these kinds that the public sees.
	 */
	public Lines first(long sessionId, int limit) {
		Lines lines = new Lines(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		this.jdbc.sql(QUERY).param("session", sessionId).param("limit", limit).query((row, n) -> {
			String slug = row.getString("slug");
			String a = row.getString("a");
			return switch (row.getInt("kind")) {
				case 0 -> lines.sideEvents().add(new SideEventLine(slug, a, row.getObject("d", LocalDate.class)));
				case 1 -> lines.amendments()
					.add(new AmendmentLine(slug, Instrument.valueOf(a), row.getString("b"), row.getString("c")));
				case 2 -> lines.policies().add(new PolicyLine(slug, a));
				case 3 -> lines.decisions().add(new DecisionLine(slug, a));
				default -> lines.accessions().add(new AccessionLine(new StateLine(slug, a), row.getString("b")));
			};
		}).list();
		return lines;
	}

	/** A session's first lines of each kind. */
	public record Lines(List<SideEventLine> sideEvents, List<AmendmentLine> amendments, List<PolicyLine> policies,
			List<DecisionLine> decisions, List<AccessionLine> accessions) {
	}

	/** A side event: its title and day. */
	public record SideEventLine(String slug, String title, LocalDate heldOn) {
	}

	/** An amendment: the instrument and provision amended, and what about. */
	public record AmendmentLine(String slug, Instrument instrument, String provision, String subject) {
	}

	/** A policy, by its name. */
	public record PolicyLine(String slug, String name) {
	}

	/** A decision, by its title. */
	public record DecisionLine(String slug, String title) {
	}

	/** A State that became a State Party, with the note the sources give. */
	public record AccessionLine(StateLine state, String note) {
	}

	/** A State, as a line links it. */
	public record StateLine(String slug, String name) {
	}

}
