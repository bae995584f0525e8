package org.asprecords.statement;

import org.asprecords.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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

	StatementController(StatementCatalog catalog) {
		this.catalog = catalog;
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
		model.addAttribute("filter", filter);
		model.addAttribute("options", this.catalog.filterOptions());
		return "statements/list";
	}

	@GetMapping("/statements/{session}/{slug}")
	String show(@PathVariable String session, @PathVariable String slug, Model model) {
		model.addAttribute("statement", this.catalog.statement(session, slug));
		return "statements/show";
	}

}
