package org.asprecords.statement;

import java.util.Arrays;
import java.util.List;

import org.asprecords.state.State;
import org.asprecords.web.CsvExport;
import org.asprecords.web.api.Links;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of statements: the list, newest session first and filterable by
 * session, organization, situation and segment, and one page per statement.
 */
@Controller
class StatementController {

	private final StatementCatalog catalog;

	private final StatementNames names;

	StatementController(StatementCatalog catalog, StatementNames names) {
		this.catalog = catalog;
		this.names = names;
	}

	/**
	 * An unknown {@code segment} is a malformed request (400); an unknown session,
	 * organization or situation only selects no statements.
	 */
	@GetMapping("/statements")
	String list(@RequestParam(required = false) String session, @RequestParam(required = false) String organization,
			@RequestParam(required = false) String situation, @RequestParam(required = false) Segment segment,
			@RequestParam(defaultValue = "1") int page, Model model) {
		StatementFilter filter = StatementFilter.of(session, organization, situation, segment);
		Page<Statement> statements = this.catalog.find(filter, Pagination.request(page, Sort.unsorted()));
		model.addAttribute("statements", statements.getContent());
		model.addAttribute("pages", Pagination.of(statements));
		model.addAttribute("statementFilter", filter);
		model.addAttribute("options", this.catalog.filterOptions());
		return "statements/list";
	}

	/**
	 * The list as filtered on screen, every page of it, as a CSV file: the speaker in
	 * words as the page shows it, and the whole quote and summary rather than the page's
	 * excerpt.
	 */
	@GetMapping("/statements.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String session,
			@RequestParam(required = false) String organization, @RequestParam(required = false) String situation,
			@RequestParam(required = false) Segment segment) {
		StatementFilter filter = StatementFilter.of(session, organization, situation, segment);
		List<Statement> statements = CsvExport.everything((pageable) -> this.catalog.find(filter, pageable));
		return CsvExport.of("statements.csv", List.of("session", "slug", "delivered_on", "segment", "speaker",
				"speaker_state", "situations", "quote", "summary", "url"), statements.stream().map((statement) -> {
					State state = statement.getSpeakerState();
					String path = RecordPaths.statement(statement.getSession().getSlug(), statement.getSlug());
					return Arrays.<Object>asList(statement.getSession().getSlug(), statement.getSlug(),
							statement.getDeliveredOn(), statement.getSegment(), this.names.speaker(statement),
							(state != null) ? state.getSlug() : null, statement.getSituations(), statement.getQuote(),
							statement.getSummary(), Links.absolute(path));
				}).toList());
	}

	@GetMapping("/statements/{session}/{slug}")
	String show(@PathVariable String session, @PathVariable String slug, Model model) {
		model.addAttribute("statement", this.catalog.statement(session, slug));
		return "statements/show";
	}

}
