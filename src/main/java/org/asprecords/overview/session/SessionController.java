package org.asprecords.overview.session;

import java.util.Arrays;
import java.util.List;

import org.asprecords.db.NotFoundException;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.PresidentRoll;
import org.asprecords.session.SessionNames;
import org.asprecords.web.CsvExport;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.Links;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of sessions: the list, newest first, and one page per session with all
 * its outcomes.
 */
@Controller
class SessionController {

	/** The latest Presidents the list of sessions shows, linking to the others. */
	private static final Pageable LATEST_PRESIDENTS = PageRequest.of(0, 5);

	private final SessionCatalog catalog;

	private final SessionNames names;

	private final PresidentRoll presidents;

	SessionController(SessionCatalog catalog, SessionNames names, PresidentRoll presidents) {
		this.catalog = catalog;
		this.names = names;
		this.presidents = presidents;
	}

	@GetMapping("/sessions")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<AssemblySession> sessions = this.catalog.newestFirst(Pagination.request(page, Sort.unsorted()));
		model.addAttribute("sessions", sessions.getContent());
		model.addAttribute("holdings", this.catalog.holdings(sessions.getContent()));
		model.addAttribute("pages", Pagination.of(sessions));
		model.addAttribute("presidents", this.presidents.latestFirst(LATEST_PRESIDENTS));
		return "sessions/list";
	}

	/**
	 * Every page of the list as a CSV file; the start date is as precise as
	 * {@code start_precision} says (a month's start date stands for the month).
	 */
	@GetMapping("/sessions.csv")
	ResponseEntity<String> csv() {
		List<AssemblySession> sessions = CsvExport.everything((pageable) -> this.catalog.newestFirst(pageable));
		return CsvExport.of("sessions.csv",
				List.of("slug", "name", "kind", "number", "resumption", "start_date", "start_precision", "end_date",
						"venue", "city", "country", "url"),
				sessions.stream()
					.map((session) -> Arrays.<Object>asList(session.getSlug(), this.names.nameWithYear(session),
							session.getKind(), session.getNumber(), session.getResumption(), session.getStartDate(),
							session.getStartPrecision(), session.getEndDate(), session.getVenue(), session.getCity(),
							session.getCountry(), Links.absolute(RecordPaths.session(session.getSlug()))))
					.toList());
	}

	@GetMapping("/sessions/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("overview", this.catalog.overview(slug));
		return "sessions/show";
	}

	/**
	 * All of a session's outcomes of one kind, page by page: its page shows the first
	 * only.
	 */
	@GetMapping("/sessions/{slug}/{kind:" + OutcomeList.PATHS + "}")
	String outcomes(@PathVariable String slug, @PathVariable String kind, @RequestParam(defaultValue = "1") int page,
			Model model) {
		OutcomeList list = OutcomeList.ofPath(kind).orElseThrow(() -> new NotFoundException("outcome list"));
		SessionOutcomes outcomes = this.catalog.outcomes(slug, list, Pagination.request(page, Sort.unsorted()));
		model.addAttribute("outcomes", outcomes);
		model.addAttribute("pages", Pagination.of(outcomes.page()));
		return "sessions/outcomes";
	}

}
