package org.asprecords.overview.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.DecisionKind;
import org.asprecords.outcome.Instrument;
import org.asprecords.outcome.Policy;
import org.asprecords.outcome.SideEvent;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.SessionRecord;
import org.asprecords.state.RegionalGroup;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.RecordPaths.SessionPart;
import org.asprecords.web.api.Links;
import org.asprecords.web.api.NamedJson;
import org.asprecords.web.api.RecordRef;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What sessions produced besides resolutions, in the JSON API, at the addresses of their
 * pages: side events, amendments, policies and other decisions, each with what its page
 * shows. A session's JSON lists them.
 */
@RestController
@RequestMapping("/api/v1/sessions/{session}")
class OutcomeApiController {

	private final OutcomeCatalog catalog;

	OutcomeApiController(OutcomeCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/side-events/{slug}")
	SideEventJson sideEvent(@PathVariable String session, @PathVariable String slug) {
		SideEventPage details = this.catalog.sideEvent(session, slug);
		SideEvent event = details.event();
		return new SideEventJson(Header.of(event, SessionPart.SIDE_EVENTS), event.getTitle(), event.getHeldOn(),
				event.getSummary(),
				event.getOrganizers().stream().map((org) -> NamedJson.of(org, RecordPaths::organization)).toList(),
				event.getCosponsors().stream().map((state) -> NamedJson.of(state, RecordPaths::state)).toList(),
				details.statements()
					.stream()
					.map((statement) -> RecordRef.inSession(RecordPaths::statement, statement.getSession().getSlug(),
							statement.getSlug()))
					.toList());
	}

	@GetMapping("/amendments/{slug}")
	AmendmentJson amendment(@PathVariable String session, @PathVariable String slug) {
		Amendment amendment = this.catalog.amendment(session, slug);
		return new AmendmentJson(Header.of(amendment, SessionPart.AMENDMENTS), amendment.getInstrument(),
				amendment.getProvision(), amendment.getSubject(), amendment.getAdoptedOn(),
				resolution(amendment.getResolution()));
	}

	@GetMapping("/policies/{slug}")
	PolicyJson policy(@PathVariable String session, @PathVariable String slug) {
		Policy policy = this.catalog.policy(session, slug);
		return new PolicyJson(Header.of(policy, SessionPart.POLICIES), policy.getName(), policy.getAdoptedOn(),
				policy.getSummary(), resolution(policy.getResolution()));
	}

	@GetMapping("/decisions/{slug}")
	DecisionJson decision(@PathVariable String session, @PathVariable String slug) {
		DecisionPage details = this.catalog.decision(session, slug);
		Decision decision = details.decision();
		return new DecisionJson(Header.of(decision, SessionPart.DECISIONS), decision.getKind(), decision.getTitle(),
				decision.getSummary(), decision.getSeatsBefore(), decision.getSeatsAfter(), details.seatChange(),
				decision.getEffectiveOn(),
				details.allocations()
					.stream()
					.map((allocation) -> new AllocationJson(allocation.getRegionalGroup(), allocation.getSeats(),
							allocation.getChange()))
					.toList(),
				details.totalSeats(), resolution(decision.getResolution()));
	}

	private static RecordRef resolution(Resolution resolution) {
		return (resolution != null)
				? new RecordRef(resolution.getSymbol(), Links.of(RecordPaths.resolution(resolution.getSymbol())))
				: null;
	}

	/**
	 * What every outcome's JSON opens with: its session and slug, its sources, when it
	 * last changed, and its links.
	 */
	public record Header(String session, String slug, List<String> sources, Instant updatedAt, Links links) {

		static Header of(SessionRecord outcome, SessionPart part) {
			String session = outcome.getSession().getSlug();
			return new Header(session, outcome.getSlug(), List.copyOf(outcome.getSources()), outcome.getUpdatedAt(),
					Links.of(RecordPaths.sessionPart(session, part, outcome.getSlug())));
		}

	}

	/**
	 * @param statements the statements given at the event
	 */
	public record SideEventJson(Header sideEvent, String title, LocalDate heldOn, String summary,
			List<NamedJson> organizers, List<NamedJson> cosponsors, List<RecordRef> statements) {

	}

	/**
	 * @param resolution the resolution that adopted it, where recorded
	 */
	public record AmendmentJson(Header amendment, Instrument instrument, String provision, String subject,
			LocalDate adoptedOn, RecordRef resolution) {

	}

	public record PolicyJson(Header policy, String name, LocalDate adoptedOn, String summary, RecordRef resolution) {

	}

	/**
	 * @param seatChange seats after less seats before, where both are recorded
	 * @param totalSeats the seats of all regional groups together, where allocations are
	 * recorded
	 */
	public record DecisionJson(Header decision, DecisionKind kind, String title, String summary, Integer seatsBefore,
			Integer seatsAfter, Integer seatChange, LocalDate effectiveOn, List<AllocationJson> allocations,
			Integer totalSeats, RecordRef resolution) {

	}

	/**
	 * @param change the change in the group's seats, as the source gives it
	 */
	public record AllocationJson(RegionalGroup regionalGroup, int seats, Integer change) {

	}

}
