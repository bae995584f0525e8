package org.asprecords.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.asprecords.state.RegionalGroup;
import org.asprecords.state.State;
import org.asprecords.web.Pagination;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.ApiPage;
import org.asprecords.web.api.Links;
import org.asprecords.web.api.NamedJson;

import org.springframework.data.domain.Sort;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Elections in the JSON API: the list, filtered by body and session as on the page, and
 * each election with its candidates and its rounds, every candidate's votes in each
 * round.
 */
@RestController
@RequestMapping("/api/v1/elections")
class ElectionApiController {

	private final ElectionCatalog catalog;

	ElectionApiController(ElectionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ApiPage<ElectionJson> list(@RequestParam(required = false) ElectionBody body,
			@RequestParam(required = false) String session, @RequestParam(defaultValue = "1") int page) {
		String sessionSlug = StringUtils.hasText(session) ? session.trim() : null;
		return ApiPage.of(this.catalog.newestFirst(body, sessionSlug, Pagination.request(page, Sort.unsorted())),
				(listing) -> ElectionJson.of(listing.election()));
	}

	@GetMapping("/{session}/{slug}")
	ElectionDetailJson show(@PathVariable String session, @PathVariable String slug) {
		return ElectionDetailJson.of(this.catalog.page(session, slug));
	}

	/**
	 * An election as lists give it.
	 */
	public record ElectionJson(String session, String slug, ElectionBody body, Integer seats, LocalDate heldOn,
			LocalDate heldUntil, ElectionMethod method, Instant updatedAt, Links links) {

		static ElectionJson of(Election election) {
			String session = election.getSession().getSlug();
			return new ElectionJson(session, election.getSlug(), election.getBody(), election.getSeats(),
					election.getHeldOn(), election.getHeldUntil(), election.getMethod(), election.getUpdatedAt(),
					Links.of(RecordPaths.election(session, election.getSlug())));
		}

	}

	/**
	 * An election with its candidates and rounds.
	 *
	 * @param roundCount how many rounds were held, figures recorded or not
	 */
	public record ElectionDetailJson(ElectionJson election, Integer termYears, LocalDate termStart, String termNote,
			Integer roundCount, String majorityRule, String summary, List<CandidateJson> candidates,
			List<RoundJson> rounds, List<String> sources) {

		static ElectionDetailJson of(ElectionPage page) {
			Election election = page.election();
			return new ElectionDetailJson(ElectionJson.of(election), election.getTermYears(), election.getTermStart(),
					election.getTermNote(), election.getRoundCount(), election.getMajorityRule(), election.getSummary(),
					page.rounds()
						.candidates()
						.stream()
						.map((row) -> CandidateJson.of(row, page.nationality(row.candidacy())))
						.toList(),
					page.rounds().rounds().stream().map(RoundJson::of).toList(), List.copyOf(election.getSources()));
		}

	}

	/**
	 * A candidate (a person, a State or a list) and the votes they got.
	 *
	 * @param votes the votes in each round of {@code rounds}, {@code null} where not
	 * recorded
	 */
	public record CandidateJson(NamedJson person, NamedJson state, NamedJson nationality, String list,
			RegionalGroup regionalGroup, String role, CandidacyOutcome outcome, Integer electedInRound,
			Boolean incumbent, String note, List<Integer> votes) {

		static CandidateJson of(RoundTable.CandidateVotes row, State nationality) {
			Candidacy candidacy = row.candidacy();
			return new CandidateJson(NamedJson.of(candidacy.getPerson(), RecordPaths::person),
					NamedJson.of(candidacy.getState(), RecordPaths::state),
					NamedJson.of(nationality, RecordPaths::state), candidacy.getListLabel(),
					candidacy.getRegionalGroup(), candidacy.getRole(), candidacy.getOutcome(),
					candidacy.getElectedInRound(), candidacy.getIncumbent(), candidacy.getNote(), row.votes());
		}

	}

	public record RoundJson(int number, LocalDate heldOn, Integer ballotsCast, Integer invalidBallots,
			Integer abstentions, Integer validBallots, Integer requiredMajority, String note) {

		static RoundJson of(ElectionRound round) {
			return new RoundJson(round.getNumber(), round.getHeldOn(), round.getBallotsCast(),
					round.getInvalidBallots(), round.getAbstentions(), round.getValidBallots(),
					round.getRequiredMajority(), round.getNote());
		}

	}

}
