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
		DocumentKeys.preload(run, List.of(document));
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
			snapshot.put(writer, "presidents", presidentKey(entry),
					run.president(entry.person(), entry.fromSession()).record(), RecordEntries::president);
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
					session.flatMap((found) -> run.inSession(Election.class, found, entry.key()).record()),
					RecordEntries::election);
		}
		for (SessionDocument.StatementEntry entry : document.statements()) {
			snapshot.put(writer, "statements", entry.key(),
					session.flatMap((found) -> run.inSession(Statement.class, found, entry.key()).record()),
					RecordEntries::statement);
		}
		for (SessionDocument.SideEventEntry entry : document.sideEvents()) {
			snapshot.put(writer, "sideEvents", entry.key(),
					session.flatMap((found) -> run.inSession(SideEvent.class, found, entry.key()).record()),
					RecordEntries::sideEvent);
		}
		for (SessionDocument.AmendmentEntry entry : document.amendments()) {
			snapshot.put(writer, "amendments", entry.key(),
					session.flatMap((found) -> run.inSession(Amendment.class, found, entry.key()).record()),
					RecordEntries::amendment);
		}
		for (SessionDocument.PolicyEntry entry : document.policies()) {
			snapshot.put(writer, "policies", entry.key(),
					session.flatMap((found) -> run.inSession(Policy.class, found, entry.key()).record()),
					RecordEntries::policy);
		}
		for (SessionDocument.DecisionEntry entry : document.decisions()) {
			snapshot.put(writer, "decisions", entry.key(),
					session.flatMap((found) -> run.inSession(Decision.class, found, entry.key()).record()),
					RecordEntries::decision);
		}
		for (SessionDocument.AccessionEntry entry : document.accessions()) {
			snapshot.put(writer, "accessions", entry.state(),
					session.flatMap((found) -> run.find(State.class, "slug", entry.state())
						.flatMap((state) -> run.accession(found, state).record())),
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
