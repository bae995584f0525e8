package org.asprecords.trash;

import java.util.Arrays;
import java.util.Optional;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.db.RecordEntity;
import org.asprecords.election.Election;
import org.asprecords.organization.Organization;
import org.asprecords.person.Person;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;
import org.asprecords.statement.Statement;

/**
 * The kinds of record the admin forms edit, which can go to the trash: each with the path
 * of its admin pages, its entity and table, and the SQL of the label the trash lists it
 * by. Listed in the order the trash is emptied: records before what they refer to.
 */
public enum RecordKind {

	STATEMENT("statements", Statement.class, "statement",
			"(select s.slug from assembly_session s where s.id = x.session_id) || ' / ' || x.slug"),

	ELECTION("elections", Election.class, "election",
			"(select s.slug from assembly_session s where s.id = x.session_id) || ' / ' || x.slug"),

	BUDGET("budgets", ProgrammeBudget.class, "programme_budget", "x.year::text"),

	RESOLUTION("resolutions", Resolution.class, "resolution", "x.symbol"),

	SESSION("sessions", AssemblySession.class, "assembly_session", "x.slug"),

	PERSON("people", Person.class, "person", "x.name"),

	STATE("states", State.class, "state", "x.name"),

	ORGANIZATION("organizations", Organization.class, "organization", "x.name");

	private final String path;

	private final Class<? extends RecordEntity> type;

	private final String table;

	private final String label;

	RecordKind(String path, Class<? extends RecordEntity> type, String table, String label) {
		this.path = path;
		this.type = type;
		this.table = table;
		this.label = label;
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

	String table() {
		return this.table;
	}

	String label() {
		return this.label;
	}

}
