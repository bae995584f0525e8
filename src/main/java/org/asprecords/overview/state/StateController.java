package org.asprecords.overview.state;

import java.util.Arrays;
import java.util.List;

import org.asprecords.overview.ProfileLists;
import org.asprecords.overview.ProfileRecords;
import org.asprecords.state.State;
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
 * The public pages of States: the alphabetical list, and one page per State with
 * everything the records say about it.
 */
@Controller
class StateController {

	private final StateDirectory directory;

	StateController(StateDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/states")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<State> states = this.directory.alphabetically(Pagination.request(page, Sort.unsorted()));
		model.addAttribute("states", states.getContent());
		model.addAttribute("pages", Pagination.of(states));
		return "states/list";
	}

	/**
	 * Every page of the list as a CSV file.
	 */
	@GetMapping("/states.csv")
	ResponseEntity<String> csv() {
		List<State> states = CsvExport.everything((pageable) -> this.directory.alphabetically(pageable));
		return CsvExport.of("states.csv",
				List.of("slug", "name", "party_since", "party_ordinal", "joined_by", "regional_group", "url"),
				states.stream()
					.map((state) -> Arrays.<Object>asList(state.getSlug(), state.getName(), state.getPartySince(),
							state.getPartyOrdinal(), state.getJoinedBy(), state.getRegionalGroup(),
							Links.absolute(RecordPaths.state(state.getSlug()))))
					.toList());
	}

	@GetMapping("/states/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.directory.profile(slug));
		return "states/show";
	}

	/**
	 * All the records of one of a State's lists, page by page: its page shows the first
	 * only.
	 */
	@GetMapping("/states/{slug}/{list}")
	String records(@PathVariable String slug, @PathVariable String list, @RequestParam(defaultValue = "1") int page,
			Model model) {
		ProfileRecords<State, StateList> records = this.directory.records(slug,
				ProfileLists.ofPath(StateList.class, list), Pagination.request(page, Sort.unsorted()));
		model.addAttribute("records", records);
		model.addAttribute("pages", Pagination.of(records.page()));
		return "states/records";
	}

}
