package org.asprecords.home;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.overview.session.SessionCatalog;
import org.asprecords.session.AssemblySession;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.Links;
import org.asprecords.web.api.Money;
import org.asprecords.web.api.RecordRef;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The root of the JSON API, the home page's twin: the latest and the next session, the
 * key figures, and where each list of records is.
 */
@RestController
class HomeApiController {

	/** The lists of the API, each mirroring the page of the same name. */
	private static final List<String> COLLECTIONS = List.of("sessions", "presidents", "resolutions", "elections",
			"budgets", "statements", "people", "states", "organizations", "search");

	private final SessionCatalog sessions;

	private final HomeFigures figures;

	HomeApiController(SessionCatalog sessions, HomeFigures figures) {
		this.sessions = sessions;
		this.figures = figures;
	}

	@GetMapping("/api/v1")
	@Transactional(readOnly = true)
	HomeJson home() {
		LocalDate today = LocalDate.now();
		KeyFigures figures = this.figures.count();
		String root = Links.absolute("");
		Map<String, String> collections = new LinkedHashMap<>();
		COLLECTIONS.forEach((collection) -> collections.put(collection, root + "/api/v1/" + collection));
		return new HomeJson(this.sessions.latest(today).map(HomeApiController::session).orElse(null),
				this.sessions.next(today).map(HomeApiController::session).orElse(null),
				new FiguresJson(figures.sessions(), figures.resolutions(), figures.elections(), figures.statements(),
						(figures.budgetYear() != null)
								? new BudgetJson(figures.budgetYear(), Money.euros(figures.budgetApproved()),
										Links.of(RecordPaths.budget(figures.budgetYear())))
								: null,
						(figures.newestPartySlug() != null) ? new StatePartyJson(figures.newestPartySlug(),
								figures.newestPartyName(), figures.newestPartyOrdinal(), figures.newestPartySince(),
								Links.of(RecordPaths.state(figures.newestPartySlug()))) : null),
				collections, Links.of("/"));
	}

	private static RecordRef session(AssemblySession session) {
		return new RecordRef(session.getSlug(), Links.of(RecordPaths.session(session.getSlug())));
	}

	/**
	 * @param latestSession the latest session that has begun, or null
	 * @param nextSession the first session after it, or null
	 * @param collections the address of each list in the API
	 */
	public record HomeJson(RecordRef latestSession, RecordRef nextSession, FiguresJson figures,
			Map<String, String> collections, Links links) {

	}

	/**
	 * @param latestBudget the latest year with an approved budget, or null
	 * @param newestStateParty the State that most recently became a party, or null
	 */
	public record FiguresJson(long sessions, long resolutions, long elections, long statements, BudgetJson latestBudget,
			StatePartyJson newestStateParty) {

	}

	public record BudgetJson(int year, Money approved, Links links) {

	}

	/**
	 * @param ordinal 125 for the 125th State Party
	 * @param since when the Statute entered into force for it
	 */
	public record StatePartyJson(String slug, String name, int ordinal, LocalDate since, Links links) {

	}

}
