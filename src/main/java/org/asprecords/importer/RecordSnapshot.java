package org.asprecords.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import tools.jackson.databind.JsonNode;
import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.election.Election;
import org.asprecords.organization.Organization;
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

/**
 * The records a session document speaks of, as the database holds them now: each written
 * as the document's entry would be, or absent when no record has its key.
 */
final class RecordSnapshot {

	/** The kinds of record in the order of the format. */
	static final List<String> KINDS = List.of("session", "states", "people", "organizations", "presidents",
			"resolutions", "elections", "budgets", "statements", "sideEvents", "amendments", "policies", "decisions",
			"accessions");

	private final Map<String, Map<String, JsonNode>> records = new LinkedHashMap<>();

	private RecordSnapshot() {
		KINDS.forEach((kind) -> this.records.put(kind, new LinkedHashMap<>()));
	}

	/**
	 * Per kind, the key of each record of the document and its entry (null if absent).
	 */
	Map<String, Map<String, JsonNode>> records() {
		return this.records;
	}

	static RecordSnapshot of(SessionDocument document, EntityManager entityManager, DocumentWriter writer) {
		RecordSnapshot snapshot = new RecordSnapshot();
		ImportRun run = new ImportRun(entityManager, ImportMode.KEEP);
		Optional<AssemblySession> session = run.find(AssemblySession.class, "slug", document.session().slug());
		snapshot.put(writer, "session", document.session().slug(), session, RecordEntries::session);
		for (SessionDocument.StateEntry entry : document.states()) {
			snapshot.put(writer, "states", entry.slug(), run.find(State.class, "slug", entry.slug()),
					RecordEntries::state);
		}
		for (SessionDocument.PersonEntry entry : document.people()) {
			snapshot.put(writer, "people", entry.slug(), run.find(Person.class, "slug", entry.slug()),
					RecordEntries::person);
		}
		for (SessionDocument.OrganizationEntry entry : document.organizations()) {
			snapshot.put(writer, "organizations", entry.slug(), run.find(Organization.class, "slug", entry.slug()),
					RecordEntries::organization);
		}
		for (SessionDocument.PresidentEntry entry : document.presidents()) {
			Optional<AssemblyPresident> president = entityManager
				.createQuery("select p from AssemblyPresident p where p.person.slug = :person"
						+ " and coalesce(p.fromSession.slug, '') = :from", AssemblyPresident.class)
				.setParameter("person", String.valueOf(entry.person()))
				.setParameter("from", (entry.fromSession() != null) ? entry.fromSession() : "")
				.getResultStream()
				.findFirst();
			snapshot.put(writer, "presidents", presidentKey(entry), president, RecordEntries::president);
		}
		for (SessionDocument.ResolutionEntry entry : document.resolutions()) {
			snapshot.put(writer, "resolutions", entry.symbol(), run.find(Resolution.class, "symbol", entry.symbol()),
					RecordEntries::resolution);
		}
		for (SessionDocument.BudgetEntry entry : document.budgets()) {
			snapshot.put(writer, "budgets", String.valueOf(entry.year()),
					run.find(ProgrammeBudget.class, "year", entry.year()), RecordEntries::budget);
		}
		for (SessionDocument.ElectionEntry entry : document.elections()) {
			snapshot.put(writer, "elections", entry.key(),
					session.flatMap((found) -> run.findInSession(Election.class, found, entry.key())),
					RecordEntries::election);
		}
		for (SessionDocument.StatementEntry entry : document.statements()) {
			snapshot.put(writer, "statements", entry.key(),
					session.flatMap((found) -> run.findInSession(Statement.class, found, entry.key())),
					RecordEntries::statement);
		}
		for (SessionDocument.SideEventEntry entry : document.sideEvents()) {
			snapshot.put(writer, "sideEvents", entry.key(),
					session.flatMap((found) -> run.findInSession(SideEvent.class, found, entry.key())),
					RecordEntries::sideEvent);
		}
		for (SessionDocument.AmendmentEntry entry : document.amendments()) {
			snapshot.put(writer, "amendments", entry.key(),
					session.flatMap((found) -> run.findInSession(Amendment.class, found, entry.key())),
					RecordEntries::amendment);
		}
		for (SessionDocument.PolicyEntry entry : document.policies()) {
			snapshot.put(writer, "policies", entry.key(),
					session.flatMap((found) -> run.findInSession(Policy.class, found, entry.key())),
					RecordEntries::policy);
		}
		for (SessionDocument.DecisionEntry entry : document.decisions()) {
			snapshot.put(writer, "decisions", entry.key(),
					session.flatMap((found) -> run.findInSession(Decision.class, found, entry.key())),
					RecordEntries::decision);
		}
		for (SessionDocument.AccessionEntry entry : document.accessions()) {
			snapshot.put(writer, "accessions", entry.state(),
					session.flatMap((found) -> run.find(State.class, "slug", entry.state())
						.flatMap((state) -> run.accession(found, state))),
					RecordEntries::accession);
		}
		return snapshot;
	}

	static String presidentKey(SessionDocument.PresidentEntry entry) {
		return entry.person() + ((entry.fromSession() != null) ? " from " + entry.fromSession() : "");
	}

	private <T> void put(DocumentWriter writer, String kind, String key, Optional<T> record,
			Function<T, Object> entry) {
		this.records.get(kind).put(String.valueOf(key), record.map(entry).map(writer::tree).orElse(null));
	}

}
