package org.asprecords.citation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asprecords.budget.ProgrammeBudgetRepository;
import org.asprecords.db.NotFoundException;
import org.asprecords.election.ElectionRepository;
import org.asprecords.outcome.AmendmentRepository;
import org.asprecords.outcome.DecisionRepository;
import org.asprecords.outcome.PolicyRepository;
import org.asprecords.outcome.SideEventRepository;
import org.asprecords.resolution.ResolutionRepository;
import org.asprecords.resolution.SymbolQuery;
import org.asprecords.session.AssemblySessionRepository;
import org.asprecords.statement.StatementRepository;
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

	CitedRecords(Citations citations, AssemblySessionRepository sessions, ResolutionRepository resolutions,
			ElectionRepository elections, ProgrammeBudgetRepository budgets, StatementRepository statements,
			AmendmentRepository amendments, PolicyRepository policies, DecisionRepository decisions,
			SideEventRepository sideEvents) {
		this.routes = List.of(
				new Route("/sessions/([^/]+)",
						(path) -> sessions.findWithParentBySlug(path.group(1)).map(citations::session)),
				new Route("/sessions/([^/]+)/amendments/([^/]+)",
						(path) -> amendments.findPage(path.group(1), path.group(2)).map(citations::amendment)),
				new Route("/sessions/([^/]+)/policies/([^/]+)",
						(path) -> policies.findPage(path.group(1), path.group(2)).map(citations::policy)),
				new Route("/sessions/([^/]+)/decisions/([^/]+)",
						(path) -> decisions.findPage(path.group(1), path.group(2)).map(citations::decision)),
				new Route("/sessions/([^/]+)/side-events/([^/]+)",
						(path) -> sideEvents.findPage(path.group(1), path.group(2)).map(citations::sideEvent)),
				// Symbols typed in another form are read as the page reads them
				new Route("/resolutions/(.+)",
						(path) -> (SymbolQuery.parse(path.group(1)) instanceof SymbolQuery.Exact exact)
								? resolutions.findPageBySymbol(exact.symbol().canonical()).map(citations::resolution)
								: Optional.empty()),
				new Route("/elections/([^/]+)/([^/]+)",
						(path) -> elections.findPage(path.group(1), path.group(2)).map(citations::election)),
				new Route("/budgets/([^/]+)", (path) -> budgets.findPage(year(path.group(1))).map(citations::budget)),
				new Route("/statements/([^/]+)/([^/]+)",
						(path) -> statements.findPage(path.group(1), path.group(2)).map(citations::statement)));
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
