package org.asprecords.election;

import java.util.Arrays;
import java.util.List;

import org.asprecords.web.CsvExport;
import org.asprecords.web.api.Links;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of elections: the list, newest first and filterable by body and
 * session, and one page per election with its candidates and rounds.
 */
@Controller
class ElectionController {

	private final ElectionCatalog catalog;

	ElectionController(ElectionCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * An unknown {@code body} is a malformed request (400); an unknown {@code session}
	 * only selects no elections.
	 */
	@GetMapping("/elections")
	String list(@RequestParam(required = false) ElectionBody body, @RequestParam(required = false) String session,
			@RequestParam(defaultValue = "1") int page, Model model) {
		String sessionSlug = StringUtils.hasText(session) ? session.trim() : null;
		Page<ElectionListing> elections = this.catalog.newestFirst(body, sessionSlug,
				Pagination.request(page, Sort.unsorted()));
		model.addAttribute("elections", elections.getContent());
		model.addAttribute("pages", Pagination.of(elections));
		model.addAttribute("bodies", List.of(ElectionBody.values()));
		model.addAttribute("sessions", this.catalog.sessionsWithElections());
		model.addAttribute("selectedBody", body);
		model.addAttribute("selectedSession", sessionSlug);
		return "elections/list";
	}

	/**
	 * The list as filtered on screen (body, session), every page of it, as a CSV file.
	 */
	@GetMapping("/elections.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) ElectionBody body,
			@RequestParam(required = false) String session) {
		String sessionSlug = StringUtils.hasText(session) ? session.trim() : null;
		List<ElectionListing> elections = CsvExport
			.everything((pageable) -> this.catalog.newestFirst(body, sessionSlug, pageable));
		return CsvExport.of("elections.csv", List.of("session", "slug", "body", "seats", "term_years", "term_note",
				"method", "round_count", "elected", "held_on", "url"), elections.stream().map((listing) -> {
					Election election = listing.election();
					String path = RecordPaths.election(election.getSession().getSlug(), election.getSlug());
					return Arrays.<Object>asList(election.getSession().getSlug(), election.getSlug(),
							election.getBody(), election.getSeats(), election.getTermYears(), election.getTermNote(),
							election.getMethod(), election.getRoundCount(), listing.elected(), election.getHeldOn(),
							Links.absolute(path));
				}).toList());
	}

	@GetMapping("/elections/{session}/{slug}")
	String show(@PathVariable String session, @PathVariable String slug, Model model) {
		ElectionPage details = this.catalog.page(session, slug);
		model.addAttribute("details", details);
		model.addAttribute("chart", VotesChart.of(details.rounds()));
		return "elections/show";
	}

}
