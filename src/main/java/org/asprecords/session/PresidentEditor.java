package org.asprecords.session;

import java.util.Objects;

import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.person.Person;
import org.asprecords.person.People;
import org.asprecords.web.form.Chosen;
import org.asprecords.web.form.RecordEditor;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Records and corrects the Presidents of the Assembly from the admin forms: the person
 * and sessions recorded, the term in order ({@link AssemblyPresident#term}), and one
 * presidency of a person beginning at a session.
 */
@Service
public class PresidentEditor extends RecordEditor<AssemblyPresident, PresidentForm> {

	private final AssemblyPresidentRepository presidents;

	private final AssemblySessionRepository sessions;

	private final People people;

	PresidentEditor(AssemblyPresidentRepository presidents, AssemblySessionRepository sessions, People people,
			Publication publication, RecordHistory history) {
		super(presidents, "president", AssemblyPresident::new, PresidentForm::from, publication, history);
		this.presidents = presidents;
		this.sessions = sessions;
		this.people = people;
	}

	@Override
	protected void apply(PresidentForm form, AssemblyPresident president) {
		Person person = this.people.bySlug(form.getPerson())
			.orElseThrow(() -> new FieldRejectedException("person", "admin.presidents.person.unknown"));
		AssemblySession from = Chosen.one(form.getFromSession(), this.sessions::findBySlug, "fromSession",
				"admin.session-record.session.unknown");
		AssemblySession to = Chosen.one(form.getToSession(), this.sessions::findBySlug, "toSession",
				"admin.session-record.session.unknown");
		this.presidents.findOfPerson(person.getId(), Pageable.unpaged())
			.stream()
			.filter((other) -> other != president && Objects.equals(other.getFromSession(), from))
			.findFirst()
			.ifPresent((other) -> {
				throw new FieldRejectedException("fromSession", "admin.presidents.from.taken");
			});
		president.term(from, to);
		president.setPerson(person);
		form.applyTo(president);
	}

}
