package org.asprecords.overview.person;

import java.util.Arrays;
import java.util.List;

import org.asprecords.person.Person;
import org.asprecords.state.State;
import org.asprecords.overview.ProfileLists;
import org.asprecords.overview.ProfileRecords;
import org.asprecords.web.CsvExport;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.Links;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of people: the alphabetical list, and one page per person with their
 * presidencies, candidacies and statements.
 */
@Controller
class PersonController {

	private final PersonDirectory directory;

	PersonController(PersonDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/people")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<Person> people = this.directory.alphabetically(Pagination.request(page, Sort.unsorted()));
		model.addAttribute("people", people.getContent());
		model.addAttribute("pages", Pagination.of(people));
		return "people/list";
	}

	/**
	 * Every page of the list as a CSV file; the nationality by the State's slug and name.
	 */
	@GetMapping("/people.csv")
	ResponseEntity<String> csv() {
		List<Person> people = CsvExport.everything((pageable) -> this.directory.alphabetically(pageable));
		return CsvExport.of("people.csv", List.of("slug", "name", "nationality", "nationality_name", "url"),
				people.stream().map((person) -> {
					State nationality = person.getNationality();
					return Arrays.<Object>asList(person.getSlug(), person.getName(),
							(nationality != null) ? nationality.getSlug() : null,
							(nationality != null) ? nationality.getName() : null,
							Links.absolute(RecordPaths.person(person.getSlug())));
				}).toList());
	}

	@GetMapping("/people/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.directory.profile(slug));
		return "people/show";
	}

	/**
	 * All the records of one of the person's lists, page by page: its page shows the
	 * first only.
	 */
	@GetMapping("/people/{slug}/{list}")
	String records(@PathVariable String slug, @PathVariable String list, @RequestParam(defaultValue = "1") int page,
			Model model) {
		ProfileRecords<Person, PersonList> records = this.directory.records(slug,
				ProfileLists.ofPath(PersonList.class, list), Pagination.request(page, Sort.unsorted()));
		model.addAttribute("records", records);
		model.addAttribute("pages", Pagination.of(records.page()));
		return "people/records";
	}

}
