package org.asprecords.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.db.AllRecords;
import org.asprecords.db.NamedRecord;
import org.asprecords.db.NotFoundException;
import org.asprecords.election.Candidacy;
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
import org.asprecords.session.SessionRecord;
import org.asprecords.state.State;
import org.asprecords.statement.Speaker;
import org.asprecords.statement.Statement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session and all its records as one session document: what the importer would need to
 * bring them back, including the States, people and organizations they refer to and the
 * Presidents of the Assembly elected at the session. Records come sorted by their keys,
 * so the same facts always give the same document.
 */
@Service
@Transactional(readOnly = true)
public class SessionExporter {

	private final EntityManager entityManager;

	SessionExporter(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The session of that id as a document, drafts included (for admins); a 404 when
	 * there is none.
	 */
	@AllRecords
	public SessionDocument export(long id) {
		AssemblySession session = this.entityManager.find(AssemblySession.class, id);
		if (session == null) {
			throw new NotFoundException("session " + id);
		}
		return export(session);
	}

	/**
	 * Everything the public sees, as documents of the import format: first one of every
	 * State, person and organization (and the Presidents whose term starts at no recorded
	 * session), then one per session, oldest first. Drafts and trashed records are left
	 * out by the filter every public read has.
	 */
	public List<SessionDocument> exportPublished() {
		List<SessionDocument> documents = new ArrayList<>();
		documents.add(new SessionDocument(SessionDocument.FORMAT, null,
				all(State.class).stream().map(RecordEntries::state).toList(),
				all(Person.class).stream().map(RecordEntries::person).toList(),
				all(Organization.class).stream().map(RecordEntries::organization).toList(),
				this.entityManager
					.createQuery("select p from AssemblyPresident p where p.fromSession is null",
							AssemblyPresident.class)
					.getResultList()
					.stream()
					.sorted(Comparator.comparing((AssemblyPresident president) -> president.getPerson().getSlug()))
					.map(RecordEntries::president)
					.toList(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
		this.entityManager
			.createQuery("select s from AssemblySession s order by s.startDate nulls last, s.slug",
					AssemblySession.class)
			.getResultList()
			.forEach((session) -> documents.add(export(session)));
		return documents;
	}

	private <T extends NamedRecord> List<T> all(Class<T> type) {
		return this.entityManager.createQuery("select x from " + type.getSimpleName() + " x order by x.slug", type)
			.getResultList();
	}

	SessionDocument export(AssemblySession session) {
		List<Resolution> resolutions = owned(Resolution.class, session).stream()
			.sorted(Comparator.comparingInt(Resolution::getNumber))
			.toList();
		List<Election> elections = keyed(Election.class, session);
		List<ProgrammeBudget> budgets = owned(ProgrammeBudget.class, session).stream()
			.sorted(Comparator.comparingInt(ProgrammeBudget::getYear))
			.toList();
		List<Statement> statements = keyed(Statement.class, session);
		List<SideEvent> sideEvents = keyed(SideEvent.class, session);
		List<Amendment> amendments = keyed(Amendment.class, session);
		List<Policy> policies = keyed(Policy.class, session);
		List<Decision> decisions = keyed(Decision.class, session);
		List<Accession> accessions = owned(Accession.class, session).stream()
			.sorted(Comparator.comparing((Accession accession) -> accession.getState().getSlug()))
			.toList();
		List<AssemblyPresident> presidents = this.entityManager
			.createQuery("select p from AssemblyPresident p where p.fromSession = :session and p.deletedAt is null",
					AssemblyPresident.class)
			.setParameter("session", session)
			.getResultList()
			.stream()
			.sorted(Comparator.comparing((AssemblyPresident president) -> president.getPerson().getSlug()))
			.toList();

		Directory directory = new Directory();
		elections.forEach((election) -> election.getCandidates().forEach(directory::candidacy));
		statements.forEach(directory::statement);
		sideEvents.forEach((event) -> {
			directory.organizations(event.getOrganizers());
			directory.states(event.getCosponsors());
		});
		accessions.forEach((accession) -> directory.state(accession.getState()));
		presidents.forEach((president) -> directory.person(president.getPerson()));

		return new SessionDocument(SessionDocument.FORMAT, RecordEntries.session(session),
				directory.states().map(RecordEntries::state).toList(),
				directory.people().map(RecordEntries::person).toList(),
				directory.organizations().map(RecordEntries::organization).toList(),
				map(presidents, RecordEntries::president), map(resolutions, RecordEntries::resolution),
				map(elections, RecordEntries::election), map(budgets, RecordEntries::budget),
				map(statements, RecordEntries::statement), map(sideEvents, RecordEntries::sideEvent),
				map(amendments, RecordEntries::amendment), map(policies, RecordEntries::policy),
				map(decisions, RecordEntries::decision), map(accessions, RecordEntries::accession));
	}

	private <T> List<T> owned(Class<T> type, AssemblySession session) {
		return this.entityManager
			.createQuery(
					"select e from " + type.getSimpleName() + " e where e.session = :session and e.deletedAt is null",
					type)
			.setParameter("session", session)
			.getResultList();
	}

	private <T extends SessionRecord> List<T> keyed(Class<T> type, AssemblySession session) {
		return owned(type, session).stream().sorted(Comparator.comparing(SessionRecord::getSlug)).toList();
	}

	private static <T, E> List<E> map(List<T> records, Function<T, E> entry) {
		return records.stream().map(entry).toList();
	}

	/**
	 * The States, people and organizations the session's records refer to, directly or
	 * through each other (a person's nationality, an organization's parent).
	 */
	private static final class Directory {

		private final Map<String, State> states = new TreeMap<>();

		private final Map<String, Person> people = new TreeMap<>();

		private final Map<String, Organization> organizations = new TreeMap<>();

		void candidacy(Candidacy candidacy) {
			person(candidacy.getPerson());
			state(candidacy.getState());
			state(candidacy.getNationality());
		}

		void statement(Statement statement) {
			statement.getSpeakers().stream().map(Speaker::getPerson).forEach(this::person);
			state(statement.getSpeakerState());
			organizations(statement.getOrganizations());
			states(statement.getOnBehalfStates());
			states(statement.getCountries());
		}

		void state(State state) {
			if (state != null) {
				this.states.putIfAbsent(state.getSlug(), state);
			}
		}

		void states(Collection<State> states) {
			states.forEach(this::state);
		}

		void person(Person person) {
			if (person != null && this.people.putIfAbsent(person.getSlug(), person) == null) {
				state(person.getNationality());
			}
		}

		void organizations(Collection<Organization> organizations) {
			Deque<Organization> pending = new ArrayDeque<>(organizations);
			while (!pending.isEmpty()) {
				Organization organization = pending.pop();
				if (this.organizations.putIfAbsent(organization.getSlug(), organization) == null) {
					state(organization.getCountry());
					if (organization.getParent() != null) {
						pending.push(organization.getParent());
					}
				}
			}
		}

		Stream<State> states() {
			return this.states.values().stream();
		}

		Stream<Person> people() {
			return this.people.values().stream();
		}

		Stream<Organization> organizations() {
			return this.organizations.values().stream();
		}

	}

}
