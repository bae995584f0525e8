package org.asprecords.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.asprecords.db.AllRecords;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordEntity;
import org.asprecords.organization.Organization;
import org.asprecords.organization.OrganizationKind;
import org.asprecords.person.GrammaticalGender;
import org.asprecords.person.Person;
import org.asprecords.session.AssemblyPresident;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.DatePrecision;
import org.asprecords.session.SessionKind;
import org.asprecords.state.JoinedBy;
import org.asprecords.state.RegionalGroup;
import org.asprecords.state.State;
import org.hibernate.Session;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports session documents into the database, all or nothing. In {@link ImportMode#KEEP}
 * (the shipped records) a record whose key already exists is kept exactly as it is, so
 * importing is idempotent and never overwrites what an editor changed; in
 * {@link ImportMode#UPDATE} (an editor's import) it is given the document's values,
 * keeping its id. Records are imported kind by kind across all documents, so that a
 * document may refer to records another one brings.
 */
@Service
@AllRecords
public class RecordImporter {

	private static final int BATCH_SIZE = 100;

	private final EntityManager entityManager;

	private final Publication publication;

	public RecordImporter(EntityManager entityManager, Publication publication) {
		this.entityManager = entityManager;
		this.publication = publication;
	}

	@Transactional
	public ImportReport importDocuments(List<SessionDocument> documents) {
		return importDocuments(documents, ImportMode.KEEP);
	}

	@Transactional
	public ImportReport importDocuments(List<SessionDocument> documents, ImportMode mode) {
		// Updates, the rows records own and their revisions go to the database in batches
		this.entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
		ImportRun run = new ImportRun(this.entityManager, mode);
		DocumentKeys.preload(run, documents);
		documents.forEach(
				(document) -> ImportRun.each(document.states(), "states", (entry, path) -> state(run, entry, path)));
		documents.forEach(
				(document) -> ImportRun.each(document.people(), "people", (entry, path) -> person(run, entry, path)));
		// Organizations that belong to another come after those that do not
		List<Runnable> organizations = new ArrayList<>();
		List<Runnable> parented = new ArrayList<>();
		documents.forEach((document) -> ImportRun.each(document.organizations(), "organizations",
				(entry, path) -> ((entry.parent() != null) ? parented : organizations)
					.add(() -> organization(run, entry, path))));
		organizations.addAll(parented);
		organizations.forEach(Runnable::run);
		documents.stream()
			.map(SessionDocument::session)
			.filter((session) -> session != null)
			.sorted(Comparator.comparing((SessionDocument.SessionEntry entry) -> entry.parent() != null))
			.forEach((entry) -> session(run, entry));
		documents.forEach((document) -> ImportRun.each(document.presidents(), "presidents",
				(entry, path) -> president(run, entry, path)));
		SessionRecords records = new SessionRecords(run);
		documents.stream().filter((document) -> document.session() != null).forEach(records::importResolutions);
		documents.stream().filter((document) -> document.session() != null).forEach(records::importOutcomes);
		checkPublication(run);
		return run.report();
	}

	/**
	 * Refuses the whole import if it leaves a published record referring to a draft, or a
	 * draft that published records refer to (see {@link Publication}), beside the entry's
	 * {@code draft}.
	 */
	private void checkPublication(ImportRun run) {
		this.entityManager.flush();
		Map<RecordEntity, Boolean> records = new LinkedHashMap<>();
		Map<RecordEntity, String> paths = new IdentityHashMap<>();
		for (ImportRun.Written written : run.written()) {
			records.putIfAbsent(written.record(), written.wasPublished());
			paths.putIfAbsent(written.record(), written.path());
		}
		this.publication.firstRefused(records).ifPresent((refusal) -> {
			FieldRejectedException reason = refusal.reason();
			throw new InvalidDocumentException(null,
					List.of(InvalidDocumentException.Problem.broken(
							DocumentPath.field(paths.get(refusal.record()), "draft"), reason.messageKey(),
							reason.arguments())),
					reason);
		});
	}

	private static String slug(String slug, String path) {
		return ImportRun.required(slug, DocumentPath.field(path, "slug"));
	}

	private void state(ImportRun run, SessionDocument.StateEntry entry, String path) {
		run.upsert("states", path, run.byKey(State.class, "slug", slug(entry.slug(), path)), State::new, (state) -> {
			state.setSlug(entry.slug());
			state.setName(entry.name());
			state.setCode(entry.code());
			state.setAlternativeNames(ImportRun.orEmpty(entry.alternativeNames()));
			state.setRegionalGroup(ImportRun.enumValue(RegionalGroup.class, entry.regionalGroup(),
					DocumentPath.field(path, "regionalGroup")));
			state.setSignedOn(entry.signedOn());
			state.setJoinedOn(entry.joinedOn());
			state.setJoinedBy(
					ImportRun.enumValue(JoinedBy.class, entry.joinedBy(), DocumentPath.field(path, "joinedBy")));
			state.setPartySince(entry.partySince());
			state.setPartyOrdinal(entry.partyOrdinal());
			state.setStatusNote(entry.statusNote());
			state.setSources(entry.sources());
		});
	}

	private void person(ImportRun run, SessionDocument.PersonEntry entry, String path) {
		run.upsert("people", path, run.byKey(Person.class, "slug", slug(entry.slug(), path)), Person::new, (person) -> {
			person.setSlug(entry.slug());
			person.setName(entry.name());
			person.setHonorific(entry.honorific());
			person.setGrammaticalGender(ImportRun.enumValue(GrammaticalGender.class, entry.grammaticalGender(),
					DocumentPath.field(path, "grammaticalGender")));
			person.setAlternativeNames(ImportRun.orEmpty(entry.alternativeNames()));
			person.setNationality(run.optionalState(entry.nationality(), DocumentPath.field(path, "nationality")));
			person.setNote(entry.note());
			person.setSources(entry.sources());
		});
	}

	private void organization(ImportRun run, SessionDocument.OrganizationEntry entry, String path) {
		run.upsert("organizations", path, run.byKey(Organization.class, "slug", slug(entry.slug(), path)),
				Organization::new, (organization) -> {
					organization.setSlug(entry.slug());
					organization.setName(entry.name());
					organization.setAcronym(entry.acronym());
					organization.setKind(ImportRun.enumValue(OrganizationKind.class, entry.kind(),
							DocumentPath.field(path, "kind")));
					organization.setParent((entry.parent() != null)
							? run.organization(entry.parent(), DocumentPath.field(path, "parent")) : null);
					organization.setCountry(run.optionalState(entry.country(), DocumentPath.field(path, "country")));
					organization.setAlternativeNames(ImportRun.orEmpty(entry.alternativeNames()));
					organization.setNote(entry.note());
					organization.setSources(entry.sources());
				});
	}

	private void session(ImportRun run, SessionDocument.SessionEntry entry) {
		String path = "session";
		run.upsert("sessions", path, run.byKey(AssemblySession.class, "slug", ImportRun.required(entry.slug(), path)),
				AssemblySession::new, (session) -> {
					session.setSlug(entry.slug());
					session.setKind(
							ImportRun.enumValue(SessionKind.class, entry.kind(), DocumentPath.field(path, "kind")));
					session.setNumber(entry.number());
					session.setResumption(entry.resumption());
					session.setParent((entry.parent() != null)
							? run.session(entry.parent(), DocumentPath.field(path, "parent")) : null);
					session.setStartDate(entry.startDate());
					DatePrecision precision = ImportRun.enumValue(DatePrecision.class, entry.startPrecision(),
							DocumentPath.field(path, "startPrecision"));
					session.setStartPrecision((precision != null) ? precision : DatePrecision.DAY);
					session.setEndDate(entry.endDate());
					session.setDateNote(entry.dateNote());
					session.setCity(entry.city());
					session.setCountry(entry.country());
					session.setVenue(entry.venue());
					session.setSummary(entry.summary());
					session.setTopics(ImportRun.topics(entry.topics(), DocumentPath.field(path, "topics")));
					session.setSources(entry.sources());
					session.setPublished(!Boolean.TRUE.equals(entry.draft()));
				});
	}

	private void president(ImportRun run, SessionDocument.PresidentEntry entry, String path) {
		Person person = run.person(entry.person(), DocumentPath.field(path, "person"));
		AssemblySession from = (entry.fromSession() != null)
				? run.session(entry.fromSession(), DocumentPath.field(path, "fromSession")) : null;
		run.upsert("presidents", path, run.president(entry.person(), entry.fromSession()), AssemblyPresident::new,
				(president) -> {
					president.setPerson(person);
					president.term(from, (entry.toSession() != null)
							? run.session(entry.toSession(), DocumentPath.field(path, "toSession")) : null);
					president.setElectedOn(entry.electedOn());
					president.setPeriodNote(entry.periodNote());
					president.setSources(entry.sources());
				});
	}

}
