package org.asprecords.person;

import java.util.Optional;

import org.asprecords.state.StateRepository;
import org.asprecords.web.form.Chosen;
import org.asprecords.web.form.NamedRecordEditor;

import org.springframework.stereotype.Service;

/**
 * Records and corrects people from the admin forms: the shared rules of named records,
 * and a nationality that is a recorded State.
 */
@Service
public class PersonEditor extends NamedRecordEditor<Person, PersonForm> {

	private final PersonRepository people;

	private final StateRepository states;

	PersonEditor(PersonRepository people, StateRepository states) {
		super(people, "person");
		this.people = people;
		this.states = states;
	}

	@Override
	protected Optional<Person> findBySlug(String slug) {
		return this.people.findBySlug(slug);
	}

	@Override
	protected Person newRecord() {
		return new Person();
	}

	@Override
	protected PersonForm formOf(Person person) {
		return PersonForm.from(person);
	}

	@Override
	protected void applyDetails(PersonForm form, Person person) {
		person.setNationality(
				Chosen.one(form.getNationality(), this.states::findBySlug, "nationality", "admin.named.state.unknown"));
		form.applyTo(person);
	}

}
