package org.asprecords.person;

import java.util.List;

import org.asprecords.db.RecordHistory;
import org.asprecords.state.StateRepository;
import org.asprecords.web.form.NamedRecordAdminPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The admin pages of people: the list, and the form to record or correct one.
 */
@Controller
@RequestMapping("/admin/people")
class PersonAdminController extends NamedRecordAdminPages<Person, PersonForm> {

	private final PersonRepository people;

	private final StateRepository states;

	PersonAdminController(PersonEditor editor, PersonRepository people, StateRepository states,
			RecordHistory history) {
		super(Person.class, "people", editor, history);
		this.people = people;
		this.states = states;
	}

	@Override
	protected Page<Person> search(String text, String pattern, Pageable pageable) {
		return this.people.findForAdmin(text, pattern, pageable);
	}

	@Override
	protected PersonForm newForm() {
		return new PersonForm();
	}

	@Override
	protected List<String> detailFields() {
		return PersonForm.DETAIL_FIELDS;
	}

	@Override
	protected void addOptions(Model model) {
		model.addAttribute("allStates", this.states.findAll(Sort.by("name")));
	}

}
