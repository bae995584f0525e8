package org.asprecords.citation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asprecords.budget.BudgetCatalog;
import org.asprecords.db.NotFoundException;
import org.asprecords.election.ElectionCatalog;
import org.asprecords.outcome.Outcomes;
import org.asprecords.resolution.ResolutionCatalog;
import org.asprecords.resolution.SymbolQuery;
import org.asprecords.session.Sessions;
import org.asprecords.statement.StatementCatalog;
import org.asprecords.web.BadRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the record a page address names and cites it, through the queries its page uses:
 * drafts and trashed records are out of their reach, and so answer as unknown records do.
 */
@Service
@Transactional(readOnly = true)
class CitedRecords {

	private final List<Route> routes;

	CitedRecords(Citations citations, Sessions sessions, ResolutionCatalog resolutions, ElectionCatalog elections,
			BudgetCatalog budgets, StatementCatalog statements, Outcomes outcomes) {
		this.routes = List.of(
				new Route("/sessions/([^/]+)", (path) -> sessions.withParent(path.group(1)).map(citations::session)),
				new Route("/sessions/([^/]+)/amendments/([^/]+)",
						(path) -> outcomes.amendmentPage(path.group(1), path.group(2)).map(citations::amendment)),
				new Route("/sessions/([^/]+)/policies/([^/]+)",
						(path) -> outcomes.policyPage(path.group(1), path.group(2)).map(citations::policy)),
				new Route("/sessions/([^/]+)/decisions/([^/]+)",
						(path) -> outcomes.decisionPage(path.group(1), path.group(2)).map(citations::decision)),
				new Route("/sessions/([^/]+)/side-events/([^/]+)",
						(path) -> outcomes.sideEventPage(path.group(1), path.group(2)).map(citations::sideEvent)),
				// Symbols typed in another form are read as the page reads them
				new Route("/resolutions/(.+)",
						(path) -> (SymbolQuery.parse(path.group(1)) instanceof SymbolQuery.Exact exact)
								? resolutions.find(exact.symbol()).map(citations::resolution) : Optional.empty()),
				new Route("/elections/([^/]+)/([^/]+)",
						(path) -> elections.find(path.group(1), path.group(2)).map(citations::election)),
				new Route("/budgets/([^/]+)", (path) -> budgets.find(year(path.group(1))).map(citations::budget)),
				new Route("/statements/([^/]+)/([^/]+)",
						(path) -> statements.find(path.group(1), path.group(2)).map(citations::statement)));
	}

	/**
	 * @param path a record page's address on the portal, such as
	 * {@code /sessions/22/decisions/cbf-enlargement}
	 * @throws BadRequestException if it is no record page's address
	 * @throws NotFoundException if no public record is there
	 */
	Citation cite(String path) {
		for (Route route : this.routes) {
			Matcher matcher = route.pattern().matcher(path);
			if (matcher.matches()) {
				return route.cite().apply(matcher).orElseThrow(() -> new NotFoundException("record"));
			}
		}
		throw new BadRequestException("not the address of a record");
	}

	/** As the budget page reads its year: a year that is not a number is malformed. */
	private static int year(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("not a year");
		}
	}

	private record Route(Pattern pattern, Function<Matcher, Optional<Citation>> cite) {

		Route(String pattern, Function<Matcher, Optional<Citation>> cite) {
			this(Pattern.compile(pattern), cite);
		}

	}

}
