package org.asprecords.person;

import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.state.States;
import org.asprecords.web.form.Chosen;
import org.asprecords.web.form.NamedRecordEditor;

import org.springframework.stereotype.Service;

/**
 * Records and corrects people from the admin forms: the shared rules of named records,
 * and a nationality that is a recorded State.
 */
@Service
public class PersonEditor extends NamedRecordEditor<Person, PersonForm> {

	private final States states;

	PersonEditor(PersonRepository people, States states, Publication publication, RecordHistory history) {
		super(people, "person", people::findBySlug, Person::new, PersonForm::from, publication, history);
		this.states = states;
	}

	@Override
	protected void applyDetails(PersonForm form, Person person) {
		person.setNationality(
				Chosen.one(form.getNationality(), this.states::bySlug, "nationality", "admin.named.state.unknown"));
		form.applyTo(person);
	}

}
