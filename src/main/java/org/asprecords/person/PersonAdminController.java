package org.asprecords.person;

import org.asprecords.state.StateRepository;
import org.asprecords.web.form.NamedRecordAdminPages;

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

	private final StateRepository states;

	PersonAdminController(PersonEditor editor, PersonRepository people, StateRepository states) {
		super("people", editor, people::findForAdmin, PersonForm::new);
		this.states = states;
	}

	@Override
	protected void addOptions(Model model) {
		model.addAttribute("allStates", this.states.findAll(Sort.by("name")));
	}

}
