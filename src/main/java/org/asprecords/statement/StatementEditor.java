package org.asprecords.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.asprecords.db.AllRecords;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.organization.Organization;
import org.asprecords.organization.Organizations;
import org.asprecords.outcome.SideEvent;
import org.asprecords.outcome.Outcomes;
import org.asprecords.person.Person;
import org.asprecords.person.People;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.state.State;
import org.asprecords.state.States;
import org.asprecords.topic.Topic;
import org.asprecords.web.form.Chosen;
import org.asprecords.web.form.EditPage;
import org.asprecords.web.form.FormEditor;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.StaleEditException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects statements from the admin forms, all or nothing (every check and
 * look-up before the first change to the statement): a slug unique within the session, a
 * quote or a summary, a date within the session (or before it, for a statement made
 * before the session), every related record picked recorded, each speaker once, a side
 * event of the same session, and no save over a newer one.
 */
@Service
@AllRecords
public class StatementEditor implements FormEditor<Statement, StatementForm> {

	private final StatementRepository statements;

	private final Sessions sessions;

	private final People people;

	private final States states;

	private final Organizations organizations;

	private final Outcomes sideEvents;

	private final Publication publication;

	private final RecordHistory history;

	StatementEditor(StatementRepository statements, Sessions sessions, People people, States states,
			Organizations organizations, Outcomes sideEvents, Publication publication, RecordHistory history) {
		this.publication = publication;
		this.history = history;
		this.statements = statements;
		this.sessions = sessions;
		this.people = people;
		this.states = states;
		this.organizations = organizations;
		this.sideEvents = sideEvents;
	}

	/**
	 * A page of statements whose slug, speaker's label or name, or organization contains
	 * the text, with what their names need loaded.
	 */
	@Transactional(readOnly = true)
	public Page<Statement> search(String text, Pageable pageable) {
		Page<Statement> found = this.statements.findForAdmin(text, "%" + text + "%", pageable);
		if (found.hasContent()) {
			this.statements.findListed(found.map(Statement::getId).getContent().toArray(Long[]::new));
		}
		return found;
	}

	@Transactional(readOnly = true)
	public Statement find(long id) {
		return this.statements.findById(id).orElseThrow(() -> new NotFoundException("statement"));
	}

	/**
	 * The form of the statement as saved now (the conflict page compares it with the
	 * editor's input), read with what it names in a few queries.
	 */
	@Transactional(readOnly = true)
	public StatementForm form(long id) {
		return StatementForm.from(findForEditing(id));
	}

	@Transactional(readOnly = true)
	public EditPage<StatementForm> page(long id) {
		return EditPage.of(findForEditing(id), StatementForm::from, this.history);
	}

	private Statement findForEditing(long id) {
		return this.statements.findForEditing(id).orElseThrow(() -> new NotFoundException("statement"));
	}

	@Transactional
	public Statement create(StatementForm form) {
		Statement statement = new Statement();
		apply(form, statement);
		this.statements.saveAndFlush(statement);
		this.publication.check(statement, false);
		return statement;
	}

	@Transactional
	public Statement update(long id, StatementForm form) {
		Statement statement = find(id);
		boolean wasPublished = statement.isPublished();
		if (!Objects.equals(form.getVersion(), statement.getVersion())) {
			throw new StaleEditException();
		}
		apply(form, statement);
		this.statements.saveAndFlush(statement);
		this.publication.check(statement, wasPublished);
		return statement;
	}

	private void apply(StatementForm form, Statement statement) {
		AssemblySession session = this.sessions.bySlug(form.getSession())
			.orElseThrow(() -> new FieldRejectedException("session", "admin.statements.session.unknown"));
		this.statements.findBySessionAndSlug(session, form.getSlug())
			.filter((other) -> other != statement)
			.ifPresent((other) -> {
				throw new FieldRejectedException("slug", "admin.statements.slug.taken");
			});
		String content = Statement.contentRule(form.getQuote(), form.getSummary());
		if (content != null) {
			throw new FieldRejectedException("summary", content);
		}
		checkDate(form, session);
		if (!form.getTopics().stream().allMatch((key) -> Topic.fromKey(key).isPresent())) {
			throw new FieldRejectedException("topics", "admin.statements.topics.unknown");
		}
		List<Speaker> speakers = speakers(form);
		State speakerState = Chosen.one(form.getSpeakerState(), this.states::bySlug, "speakerState",
				"admin.named.state.unknown");
		List<Organization> organizations = Chosen.all(form.getOrganizations(), this.organizations::bySlugs,
				Organization::getSlug, "organizations", "admin.named.organization.unknown");
		List<State> onBehalf = Chosen.all(form.getOnBehalfStates(), this.states::bySlugs, State::getSlug,
				"onBehalfStates", "admin.named.state.unknown");
		List<State> countries = Chosen.all(form.getCountries(), this.states::bySlugs, State::getSlug, "countries",
				"admin.named.state.unknown");
		SideEvent sideEvent = sideEvent(form, session);
		statement.setSession(session);
		statement.setSpeakers(speakers);
		statement.setSpeakerState(speakerState);
		statement.setOrganizations(keepingOrder(statement.getOrganizations(), organizations));
		statement.setOnBehalfStates(keepingOrder(statement.getOnBehalfStates(), onBehalf));
		statement.setCountries(new LinkedHashSet<>(countries));
		statement.setSideEvent(sideEvent);
		form.applyTo(statement);
	}

	/**
	 * A statement is made during its session, or before it when it was made before the
	 * session; never on a day still to come.
	 */
	private static void checkDate(StatementForm form, AssemblySession session) {
		LocalDate on = form.getDeliveredOn();
		if (on == null) {
			return;
		}
		if (on.isAfter(LocalDate.now())) {
			throw new FieldRejectedException("deliveredOn", "admin.statements.deliveredOn.future");
		}
		if (session.getEndDate() != null && on.isAfter(session.getEndDate())) {
			throw new FieldRejectedException("deliveredOn", "admin.statements.deliveredOn.after-session");
		}
		boolean before = form.getSegment() == Segment.BEFORE_SESSION;
		if (session.getStartDate() != null && !before && on.isBefore(session.getStartDate())) {
			throw new FieldRejectedException("deliveredOn", "admin.statements.deliveredOn.before-session");
		}
	}

	/**
	 * The speakers of the rows that name someone, in their order.
	 */
	private List<Speaker> speakers(StatementForm form) {
		List<Speaker> speakers = new ArrayList<>();
		Set<Person> named = new HashSet<>();
		List<SpeakerRow> rows = form.getSpeakers();
		for (int i = 0; i < rows.size(); i++) {
			SpeakerRow row = rows.get(i);
			if (row.isUnused()) {
				continue;
			}
			String field = "speakers[" + i + "].person";
			if (FormSubmission.blankToNull(row.getPerson()) == null) {
				throw new FieldRejectedException(field, "admin.statements.speaker.person.required");
			}
			Person person = Chosen.one(row.getPerson(), this.people::bySlug, field,
					"admin.statements.speaker.person.unknown");
			if (!named.add(person)) {
				throw new FieldRejectedException(field, "admin.statements.speaker.person.twice");
			}
			speakers.add(new Speaker(person, FormSubmission.blankToNull(row.getRole())));
		}
		return speakers;
	}

	private SideEvent sideEvent(StatementForm form, AssemblySession session) {
		if (form.getSideEvent() == null) {
			return null;
		}
		SideEvent event = this.sideEvents.sideEvent(form.getSideEvent())
			.orElseThrow(() -> new FieldRejectedException("sideEvent", "admin.statements.sideEvent.unknown"));
		if (!event.getSession().getId().equals(session.getId())) {
			throw new FieldRejectedException("sideEvent", "admin.statements.sideEvent.other-session");
		}
		return event;
	}

	/**
	 * The records chosen, those already linked first in their saved order (a list of
	 * choices comes back in the order of its options), then the new ones.
	 */
	private static <T> List<T> keepingOrder(List<T> saved, List<T> chosen) {
		List<T> ordered = new ArrayList<>(saved.stream().filter(chosen::contains).toList());
		chosen.stream().filter((record) -> !ordered.contains(record)).forEach(ordered::add);
		return ordered;
	}

}
