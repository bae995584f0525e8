package org.asprecords.election;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.asprecords.db.NamedRecord;
import org.asprecords.person.People;
import org.asprecords.person.Person;
import org.asprecords.session.Sessions;
import org.asprecords.state.RegionalGroup;
import org.asprecords.state.State;
import org.asprecords.state.States;
import org.asprecords.web.form.AdminForms;
import org.asprecords.web.form.FormOptions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages of elections: the list, and the one form that records or corrects an
 * election with its candidates and rounds. A save that would overwrite a newer save
 * answers with the conflict page instead.
 */
@Controller
@RequestMapping("/admin/elections")
class ElectionAdminController {

	private static final List<String> COMPARED = List.of("published", "session", "slug", "body", "seats", "termYears",
			"termStart", "termNote", "heldOn", "heldUntil", "method", "roundCount", "majorityRule", "summary",
			"sources", "candidatesSummary", "roundsSummary");

	private final ElectionRepository elections;

	private final Sessions sessions;

	private final People people;

	private final States states;

	private final AdminForms<Election, ElectionForm> forms;

	ElectionAdminController(ElectionEditor editor, ElectionRepository elections, Sessions sessions, People people,
			States states) {
		this.elections = elections;
		this.sessions = sessions;
		this.people = people;
		this.states = states;
		// Every form shown offers blank lines for candidates and rounds to add.
		this.forms = new AdminForms<>("elections", "admin.election", editor, COMPARED)
			.showing(ElectionForm::withBlankRows);
	}

	@InitBinder("form")
	void rules(WebDataBinder binder) {
		binder.addValidators(new ElectionRules());
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("allSessions", FormOptions.of(this.sessions::choices));
		model.addAttribute("bodies", ElectionBody.values());
		model.addAttribute("methods", ElectionMethod.values());
		model.addAttribute("outcomes", CandidacyOutcome.values());
		model.addAttribute("regionalGroups", RegionalGroup.values());
		FormOptions<List<Person>> allPeople = FormOptions.of(this.people::byName);
		FormOptions<List<State>> allStates = FormOptions.of(this.states::byName);
		model.addAttribute("allPeople", allPeople);
		model.addAttribute("allStates", allStates);
		model.addAttribute("names", FormOptions.of(() -> names(allPeople.getValue(), allStates.getValue())));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		return this.forms.list(q, page, this.elections::findForAdmin, model);
	}

	/**
	 * The blank form, for a session already chosen when the editor came from the
	 * session's page.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String session, Model model) {
		ElectionForm form = new ElectionForm();
		form.setSession(session);
		return this.forms.newForm(form, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ElectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.forms.create(form, result, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ElectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

	/**
	 * The names of people and States by their slugs, to head each line of the votes.
	 */
	private static Map<String, String> names(List<? extends NamedRecord> people, List<? extends NamedRecord> states) {
		return java.util.stream.Stream.concat(states.stream(), people.stream())
			.collect(Collectors.toMap(NamedRecord::getSlug, NamedRecord::getName, (a, b) -> b));
	}

}
