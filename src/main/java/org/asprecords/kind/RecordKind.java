package org.asprecords.kind;

import java.util.Arrays;
import java.util.Optional;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.db.RecordEntity;
import org.asprecords.election.Election;
import org.asprecords.organization.Organization;
import org.asprecords.outcome.Accession;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.Policy;
import org.asprecords.outcome.SideEvent;
import org.asprecords.person.Person;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblyPresident;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;
import org.asprecords.statement.Statement;
import org.asprecords.web.RecordPaths;

/**
 * The kinds of record the admin forms edit, which can go to the trash: each with the path
 * of its admin pages, its entity and table, and the SQL of the label the trash lists it
 * by. Listed in the order the trash is emptied: records before what they refer to.
 */
public enum RecordKind {

	STATEMENT("statements", Statement.class, "statement", Labels.IN_SESSION, Held
		.by("coalesce((select p.name from statement_speaker k join person p on p.id = k.person_id where k.statement_id = x.id order by k.position limit 1), x.speaker_label, x.slug)")),

	SIDE_EVENT("side-events", SideEvent.class, "side_event", Labels.IN_SESSION, Held.by("x.title")),

	ELECTION("elections", Election.class, "election", Labels.IN_SESSION, Held.by("x.slug")),

	BUDGET("budgets", ProgrammeBudget.class, "programme_budget", "x.year::text", Held.by("x.year::text")),

	AMENDMENT("amendments", Amendment.class, "amendment", Labels.IN_SESSION,
			Held.by("coalesce(x.provision || ': ', '') || x.subject")),

	POLICY("policies", Policy.class, "policy", Labels.IN_SESSION, Held.by("x.name")),

	DECISION("decisions", Decision.class, "decision", Labels.IN_SESSION, Held.by("x.title")),

	RESOLUTION("resolutions", Resolution.class, "resolution", "x.symbol",
			Held.by("x.symbol || coalesce(' ' || x.title, '')")),

	ACCESSION("accessions", Accession.class, "accession",
			"(select s.slug from assembly_session s where s.id = x.session_id) || ' / '"
					+ " || (select t.name from state t where t.id = x.state_id)",
			Held.by("(select t.name from state t where t.id = x.state_id)")),

	PRESIDENT("presidents", AssemblyPresident.class, "assembly_president",
			"(select p.name from person p where p.id = x.person_id) || coalesce(' (' || x.period_note || ')', '')",
			new Held(":session in (x.from_session_id, x.to_session_id)",
					"(select p.name from person p where p.id = x.person_id) || coalesce(' (' || x.period_note || ')', '')")),

	SESSION("sessions", AssemblySession.class, "assembly_session", "x.slug"),

	PERSON("people", Person.class, "person", "x.name"),

	STATE("states", State.class, "state", "x.name"),

	ORGANIZATION("organizations", Organization.class, "organization", "x.name");

	private final String path;

	private final Class<? extends RecordEntity> type;

	private final String table;

	private final String label;

	private final Held held;

	RecordKind(String path, Class<? extends RecordEntity> type, String table, String label) {
		this(path, type, table, label, null);
	}

	/**
	 * @param label the SQL of the record's label in the trash, on table alias {@code x}
	 * @param held how a session holds records of the kind, or {@code null} for a kind no
	 * session holds
	 */
	RecordKind(String path, Class<? extends RecordEntity> type, String table, String label, Held held) {
		this.path = path;
		this.type = type;
		this.table = table;
		this.label = label;
		this.held = held;
	}

	/**
	 * The kind whose admin pages live under {@code /admin/{path}}.
	 */
	public static Optional<RecordKind> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

	public String getPath() {
		return this.path;
	}

	public Class<? extends RecordEntity> type() {
		return this.type;
	}

	public String table() {
		return this.table;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The public page of a record of the kind, if it has one of its own (accessions are
	 * shown on their session's and State's pages, Presidents on {@code /presidents}).
	 */
	public Optional<RecordPaths.Page> page() {
		return Optional.ofNullable(switch (this) {
			case STATEMENT -> RecordPaths.Page.STATEMENT;
			case SIDE_EVENT -> RecordPaths.Page.SIDE_EVENT;
			case ELECTION -> RecordPaths.Page.ELECTION;
			case BUDGET -> RecordPaths.Page.BUDGET;
			case AMENDMENT -> RecordPaths.Page.AMENDMENT;
			case POLICY -> RecordPaths.Page.POLICY;
			case DECISION -> RecordPaths.Page.DECISION;
			case RESOLUTION -> RecordPaths.Page.RESOLUTION;
			case SESSION -> RecordPaths.Page.SESSION;
			case PERSON -> RecordPaths.Page.PERSON;
			case STATE -> RecordPaths.Page.STATE;
			case ORGANIZATION -> RecordPaths.Page.ORGANIZATION;
			case ACCESSION, PRESIDENT -> null;
		});
	}

	/**
	 * The public list in which a record of the kind is found: its own, or its session's.
	 */
	public RecordPaths.Collection collection() {
		return switch (this) {
			case STATEMENT -> RecordPaths.Collection.STATEMENTS;
			case ELECTION -> RecordPaths.Collection.ELECTIONS;
			case BUDGET -> RecordPaths.Collection.BUDGETS;
			case RESOLUTION -> RecordPaths.Collection.RESOLUTIONS;
			case PRESIDENT -> RecordPaths.Collection.PRESIDENTS;
			case PERSON -> RecordPaths.Collection.PEOPLE;
			case STATE -> RecordPaths.Collection.STATES;
			case ORGANIZATION -> RecordPaths.Collection.ORGANIZATIONS;
			case SESSION, SIDE_EVENT, AMENDMENT, POLICY, DECISION, ACCESSION -> RecordPaths.Collection.SESSIONS;
		};
	}

	/**
	 * How a session holds the records of a kind, when it does.
	 */
	public Optional<Held> held() {
		return Optional.ofNullable(this.held);
	}

	/**
	 * How a session holds records of a kind: the SQL condition that a record (table alias
	 * {@code x}) belongs to the session {@code :session}, and of what the record is
	 * called among the session's records.
	 */
	public record Held(String condition, String title) {

		static Held by(String title) {
			return new Held("x.session_id = :session", title);
		}

	}

	/** Labels several kinds share (a nested class, which the constants may name). */
	private static final class Labels {

		/** A record a session holds under a key: the session's slug and the key. */
		static final String IN_SESSION = "(select s.slug from assembly_session s where s.id = x.session_id)"
				+ " || ' / ' || x.slug";

	}

}
