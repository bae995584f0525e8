package org.asprecords.importer;

import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.db.AllRecords;
import org.asprecords.db.NamedRecord;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordEntity;
import org.asprecords.organization.Organization;
import org.asprecords.organization.OrganizationKind;
import org.asprecords.person.Person;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblyPresident;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.DatePrecision;
import org.asprecords.session.SessionKind;
import org.asprecords.session.SessionRecord;
import org.asprecords.state.JoinedBy;
import org.asprecords.state.RegionalGroup;
import org.asprecords.state.State;
import org.asprecords.web.form.FieldRejectedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

	private final EntityManager entityManager;

	private final Publication publication;

	private final MessageSource messages;

	public RecordImporter(EntityManager entityManager, Publication publication, MessageSource messages) {
		this.entityManager = entityManager;
		this.publication = publication;
		this.messages = messages;
	}

	@Transactional
	public ImportReport importDocuments(List<SessionDocument> documents) {
		return importDocuments(documents, ImportMode.KEEP);
	}

	@Transactional
	public ImportReport importDocuments(List<SessionDocument> documents, ImportMode mode) {
		ImportRun run = new ImportRun(this.entityManager, mode);
		documents.forEach((document) -> document.states().forEach((entry) -> state(run, entry)));
		documents.forEach((document) -> document.people().forEach((entry) -> person(run, entry)));
		List<SessionDocument.OrganizationEntry> organizations = documents.stream()
			.flatMap((document) -> document.organizations().stream())
			.sorted(Comparator.comparing((SessionDocument.OrganizationEntry entry) -> entry.parent() != null))
			.toList();
		organizations.forEach((entry) -> organization(run, entry));
		documents.stream()
			.map(SessionDocument::session)
			.filter((session) -> session != null)
			.sorted(Comparator.comparing((SessionDocument.SessionEntry entry) -> entry.parent() != null))
			.forEach((entry) -> session(run, entry));
		documents.forEach((document) -> document.presidents().forEach((entry) -> president(run, entry)));
		SessionRecords records = new SessionRecords(run);
		documents.stream().filter((document) -> document.session() != null).forEach(records::importResolutions);
		documents.stream().filter((document) -> document.session() != null).forEach(records::importOutcomes);
		checkPublication(run);
		return run.report();
	}

	/**
	 * Refuses the whole import if it leaves a published record referring to a draft, or a
	 * draft that published records refer to (see {@link Publication}).
	 */
	private void checkPublication(ImportRun run) {
		this.entityManager.flush();
		for (ImportRun.Written written : run.written()) {
			try {
				this.publication.check(written.record(), written.wasPublished());
			}
			catch (FieldRejectedException ex) {
				String why = this.messages.getMessage(
						new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments()),
						LocaleContextHolder.getLocale());
				throw new InvalidDocumentException(written.kind() + " " + key(written.record()) + ": " + why);
			}
		}
	}

	/** How a document names a record: by its slug, symbol or year. */
	private static String key(RecordEntity record) {
		if (record instanceof NamedRecord named) {
			return named.getSlug();
		}
		if (record instanceof SessionRecord inSession) {
			return inSession.getSession().getSlug() + "/" + inSession.getSlug();
		}
		if (record instanceof AssemblySession session) {
			return session.getSlug();
		}
		if (record instanceof Resolution resolution) {
			return resolution.getSymbol();
		}
		if (record instanceof ProgrammeBudget budget) {
			return String.valueOf(budget.getYear());
		}
		return "#" + record.getId();
	}

	private void state(ImportRun run, SessionDocument.StateEntry entry) {
		String where = "State " + entry.slug();
		run.upsert("states", run.find(State.class, "slug", ImportRun.required(entry.slug(), where, "slug")), State::new,
				(state) -> {
					state.setSlug(entry.slug());
					state.setName(entry.name());
					state.setAlternativeNames(ImportRun.orEmpty(entry.alternativeNames()));
					state.setRegionalGroup(ImportRun.enumValue(RegionalGroup.class, entry.regionalGroup(), where));
					state.setSignedOn(entry.signedOn());
					state.setJoinedOn(entry.joinedOn());
					state.setJoinedBy(ImportRun.enumValue(JoinedBy.class, entry.joinedBy(), where));
					state.setPartySince(entry.partySince());
					state.setPartyOrdinal(entry.partyOrdinal());
					state.setStatusNote(entry.statusNote());
					state.setSources(entry.sources());
				});
	}

	private void person(ImportRun run, SessionDocument.PersonEntry entry) {
		String where = "person " + entry.slug();
		run.upsert("people", run.find(Person.class, "slug", ImportRun.required(entry.slug(), where, "slug")),
				Person::new, (person) -> {
					person.setSlug(entry.slug());
					person.setName(entry.name());
					person.setHonorific(entry.honorific());
					person.setAlternativeNames(ImportRun.orEmpty(entry.alternativeNames()));
					person.setNationality(run.optionalState(entry.nationality(), where));
					person.setNote(entry.note());
					person.setSources(entry.sources());
				});
	}

	private void organization(ImportRun run, SessionDocument.OrganizationEntry entry) {
		String where = "organization " + entry.slug();
		run.upsert("organizations",
				run.find(Organization.class, "slug", ImportRun.required(entry.slug(), where, "slug")),
				Organization::new, (organization) -> {
					organization.setSlug(entry.slug());
					organization.setName(entry.name());
					organization.setAcronym(entry.acronym());
					organization.setKind(ImportRun.enumValue(OrganizationKind.class, entry.kind(), where));
					organization.setParent((entry.parent() != null) ? run.organization(entry.parent(), where) : null);
					organization.setCountry(run.optionalState(entry.country(), where));
					organization.setAlternativeNames(ImportRun.orEmpty(entry.alternativeNames()));
					organization.setNote(entry.note());
					organization.setSources(entry.sources());
				});
	}

	private void session(ImportRun run, SessionDocument.SessionEntry entry) {
		String where = "session " + entry.slug();
		run.upsert("sessions", run.find(AssemblySession.class, "slug", ImportRun.required(entry.slug(), where, "slug")),
				AssemblySession::new, (session) -> {
					session.setSlug(entry.slug());
					session.setKind(ImportRun.enumValue(SessionKind.class, entry.kind(), where));
					session.setNumber(entry.number());
					session.setResumption(entry.resumption());
					session.setParent((entry.parent() != null) ? run.session(entry.parent(), where) : null);
					session.setStartDate(entry.startDate());
					DatePrecision precision = ImportRun.enumValue(DatePrecision.class, entry.startPrecision(), where);
					session.setStartPrecision((precision != null) ? precision : DatePrecision.DAY);
					session.setEndDate(entry.endDate());
					session.setDateNote(entry.dateNote());
					session.setCity(entry.city());
					session.setCountry(entry.country());
					session.setVenue(entry.venue());
					session.setSummary(entry.summary());
					session.setTopics(ImportRun.topics(entry.topics(), where));
					session.setSources(entry.sources());
					session.setPublished(!Boolean.TRUE.equals(entry.draft()));
				});
	}

	private void president(ImportRun run, SessionDocument.PresidentEntry entry) {
		String where = "President " + entry.person();
		Person person = run.person(entry.person(), where);
		AssemblySession from = (entry.fromSession() != null) ? run.session(entry.fromSession(), where) : null;
		List<AssemblyPresident> existing = this.entityManager
			.createQuery("select p from AssemblyPresident p where p.person = :person", AssemblyPresident.class)
			.setParameter("person", person)
			.getResultList();
		run.upsert("presidents",
				existing.stream().filter((president) -> president.getFromSession() == from).findFirst(),
				AssemblyPresident::new, (president) -> {
					president.setPerson(person);
					president.setFromSession(from);
					president.setToSession((entry.toSession() != null) ? run.session(entry.toSession(), where) : null);
					president.setElectedOn(entry.electedOn());
					president.setPeriodNote(entry.periodNote());
					president.setSources(entry.sources());
				});
	}

}
