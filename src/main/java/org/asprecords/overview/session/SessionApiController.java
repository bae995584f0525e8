package org.asprecords.overview.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.asprecords.outcome.OutcomeLines.AmendmentLine;
import org.asprecords.outcome.OutcomeLines.DecisionLine;
import org.asprecords.outcome.OutcomeLines.PolicyLine;
import org.asprecords.outcome.OutcomeLines.SideEventLine;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.DatePrecision;
import org.asprecords.session.PresidentListing;
import org.asprecords.session.SessionKind;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.RecordPaths.SessionPart;
import org.asprecords.web.api.ApiPage;
import org.asprecords.web.api.Links;
import org.asprecords.web.api.NamedJson;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions in the JSON API: the list, newest first, and each session with what it adopted
 * and elected, as on its page.
 */
@RestController
@RequestMapping("/api/v1/sessions")
class SessionApiController {

	private final SessionCatalog catalog;

	SessionApiController(SessionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ApiPage<SessionJson> list(@RequestParam(defaultValue = "1") int page) {
		return ApiPage.of(this.catalog.newestFirst(Pagination.request(page, Sort.unsorted())), SessionJson::of);
	}

	@GetMapping("/{slug}")
	SessionDetailJson show(@PathVariable String slug) {
		return SessionDetailJson.of(this.catalog.overview(slug));
	}

	/**
	 * A session as lists give it.
	 *
	 * @param startPrecision {@code DAY}, or {@code MONTH} when the sources give the month
	 * only
	 */
	public record SessionJson(String slug, SessionKind kind, Integer number, Integer resumption, String parent,
			LocalDate startDate, DatePrecision startPrecision, LocalDate endDate, String venue, String city,
			String country, Instant updatedAt, Links links) {

		static SessionJson of(AssemblySession session) {
			return new SessionJson(session.getSlug(), session.getKind(), session.getNumber(), session.getResumption(),
					(session.getParent() != null) ? session.getParent().getSlug() : null, session.getStartDate(),
					session.getStartPrecision(), session.getEndDate(), session.getVenue(), session.getCity(),
					session.getCountry(), session.getUpdatedAt(), Links.of(RecordPaths.session(session.getSlug())));
		}

	}

	/**
	 * A session with everything its page shows, each outcome by its key and links: of
	 * each kind the first {@value SessionOverview#SHOWN}, and in {@code counts} how many
	 * there are in all (the lists of resolutions, statements and elections give the
	 * rest).
	 */
	public record SessionDetailJson(SessionJson session, String dateNote, String summary, List<String> topics,
			List<String> sources, List<NamedJson> presidents, List<Outcome> resolutions, List<Outcome> elections,
			List<Outcome> budgets, List<Outcome> statements, List<Outcome> sideEvents, List<Outcome> amendments,
			List<Outcome> policies, List<Outcome> decisions, List<Accession> accessions, List<SessionJson> resumptions,
			OutcomeCounts counts) {

		static SessionDetailJson of(SessionOverview overview) {
			AssemblySession session = overview.session();
			String slug = session.getSlug();
			return new SessionDetailJson(SessionJson.of(session), session.getDateNote(), session.getSummary(),
					List.copyOf(session.getTopics()), List.copyOf(session.getSources()),
					overview.presidents().stream().map(PresidentListing::person).toList(),
					overview.resolutions()
						.stream()
						.map((r) -> new Outcome(r.getSymbol(), r.getTitle(),
								Links.of(RecordPaths.resolution(r.getSymbol()))))
						.toList(),
					overview.elections()
						.stream()
						.map((e) -> new Outcome(e.slug(), e.body().name(),
								Links.of(RecordPaths.election(slug, e.slug()))))
						.toList(),
					overview.budgets()
						.stream()
						.map((b) -> new Outcome(String.valueOf(b.getYear()), null,
								Links.of(RecordPaths.budget(b.getYear()))))
						.toList(),
					overview.statements()
						.stream()
						.map((s) -> new Outcome(s.slug(), null, Links.of(RecordPaths.statement(slug, s.slug()))))
						.toList(),
					Outcome.lines(overview.sideEvents(), slug, SessionPart.SIDE_EVENTS, SideEventLine::slug,
							SideEventLine::title),
					Outcome.lines(overview.amendments(), slug, SessionPart.AMENDMENTS, AmendmentLine::slug,
							AmendmentLine::subject),
					Outcome.lines(overview.policies(), slug, SessionPart.POLICIES, PolicyLine::slug, PolicyLine::name),
					Outcome.lines(overview.decisions(), slug, SessionPart.DECISIONS, DecisionLine::slug,
							DecisionLine::title),
					overview.accessions()
						.stream()
						.map((accession) -> new Accession(new NamedJson(accession.state().slug(),
								accession.state().name(), Links.of(RecordPaths.state(accession.state().slug()))),
								accession.note()))
						.toList(),
					overview.resumptions().stream().map(SessionJson::of).toList(), overview.counts());
		}

	}

	/**
	 * A State that became a party at the session.
	 */
	public record Accession(NamedJson state, String note) {

	}

}
