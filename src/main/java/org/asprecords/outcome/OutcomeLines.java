package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.asprecords.db.PageBound;
import org.asprecords.db.SessionRows;
import org.asprecords.db.Visibility;

import org.springframework.data.domain.Pageable;
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

	/**
	 * A session's accessions (on its page and in its list of them), read whole before
	 * their States: at most one a State, sorted by the State's name. Left to join as it
	 * likes, PostgreSQL's kept plan could walk every State in name order to find the
	 * session's first fifteen (with a hundred times the shipped records, 10,000 States:
	 * 1,100 buffers for a session's page, 20,000 for a session with none, 4 ms for its
	 * list). {@code offset 0} keeps the read of the session's rows first.
	 */
	private static final String ACCESSIONS = SessionRows
		.from("(select * from accession where session_id = :session offset 0)", "join state st on " + state());

	/**
	 * What a row {@code x} of one of these kinds' tables needs, besides its own and its
	 * session's visibility, to be listed and counted: an accession, its State's.
	 */
	public static String alsoShownIf(String table) {
		return table.equals("accession") ? " and exists (select 1 from state st where " + state() + ")" : "";
	}

	/** An accession's State ({@code st}) of its row {@code x}, if the public sees it. */
	private static String state() {
		return "st.id = x.state_id and " + Visibility.of("st", false);
	}

	/**
	 * Each kind's part: its first rows in the page's order, numbered, as shared columns.
	 * Each part is limited before it is numbered, so that PostgreSQL reads a session's
	 * first rows from its index (V11) instead of numbering every row the session has.
	 */
	private static final String QUERY = String.join("\nunion all\n",
			part(0, "x.slug, x.title a, null::text b, null::text c, x.held_on d", SessionRows.from("side_event"),
					"x.held_on nulls last, x.id"),
			part(1, "x.slug, x.instrument, x.provision, x.subject, null::date", SessionRows.from("amendment"), "x.id"),
			part(2, "x.slug, x.name, null, null, null::date", SessionRows.from("policy"), "x.id"),
			part(3, "x.slug, x.title, null, null, null::date", SessionRows.from("decision"), "x.id"),
			part(4, "st.slug, st.name, x.note, st.code, null::date", ACCESSIONS, "st.name, x.id"))
			+ "\norder by kind, n";

	private final JdbcClient jdbc;

	OutcomeLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One kind's first lines (the bound, as {@code %1$s}), numbered in their order. */
	private static String part(int kind, String columns, String from, String order) {
		return "select * from (select %d kind, row_number() over (order by %s) n, %s %s order by %s %%1$s) l"
			.formatted(kind, order, columns, from, order);
	}

	/**
	 * The first {@code limit} lines of each of these kinds that the public sees.
	 */
	public Lines first(long sessionId, int limit) {
		Lines lines = new Lines(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		this.jdbc.sql(QUERY.formatted(PageBound.of(limit, 0))).param("session", sessionId).query((row, n) -> {
			String slug = row.getString("slug");
			String a = row.getString("a");
			return switch (row.getInt("kind")) {
				case 0 -> lines.sideEvents().add(new SideEventLine(slug, a, row.getObject("d", LocalDate.class)));
				case 1 -> lines.amendments()
					.add(new AmendmentLine(slug, Instrument.valueOf(a), row.getString("b"), row.getString("c")));
				case 2 -> lines.policies().add(new PolicyLine(slug, a));
				case 3 -> lines.decisions().add(new DecisionLine(slug, a));
				default -> lines.accessions()
					.add(new AccessionLine(new StateLine(slug, a, row.getString("c")), row.getString("b")));
			};
		}).list();
		return lines;
	}

	/**
	 * A page of a session's accessions that the public sees, by their State's name (the
	 * session's list of them).
	 */
	public List<AccessionLine> accessions(long sessionId, Pageable pageable) {
		return SessionRows
			.page(this.jdbc, "select st.slug, st.name, st.code, x.note " + ACCESSIONS + " order by st.name, x.id %s",
					sessionId, pageable)
			.query((row, n) -> new AccessionLine(
					new StateLine(row.getString("slug"), row.getString("name"), row.getString("code")),
					row.getString("note")))
			.list();
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
	public record StateLine(String slug, String name, String code) {
	}

}
