package org.asprecords.overview.resolution;

import java.util.Comparator;
import java.util.List;

import org.asprecords.db.NotFoundException;
import org.asprecords.outcome.OutcomeLines.AmendmentLine;
import org.asprecords.outcome.OutcomeLines.DecisionLine;
import org.asprecords.outcome.OutcomeLines.PolicyLine;
import org.asprecords.overview.resolution.AdoptedLines.Adopted;
import org.asprecords.overview.session.Outcome;
import org.asprecords.resolution.AdoptionMethod;
import org.asprecords.resolution.Resolution;
import org.asprecords.resolution.ResolutionJson;
import org.asprecords.resolution.ResolutionSymbol;
import org.asprecords.resolution.SymbolQuery;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.RecordPaths.SessionPart;
import org.asprecords.web.api.Links;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resolution with everything its page shows, in the JSON API; other spellings of the
 * symbol are redirected to the canonical one.
 */
@RestController
@RequestMapping("/api/v1/resolutions")
class ResolutionPageApiController {

	private static final String PATH = "/api/v1/resolutions/";

	private final ResolutionPages pages;

	ResolutionPageApiController(ResolutionPages pages) {
		this.pages = pages;
	}

	@GetMapping("/{*symbol}")
	ResponseEntity<ResolutionDetailJson> show(@PathVariable String symbol) {
		String typed = symbol.startsWith("/") ? symbol.substring(1) : symbol;
		if (!(SymbolQuery.parse(typed) instanceof SymbolQuery.Exact exact)) {
			throw new NotFoundException("resolution");
		}
		if (!exact.symbol().canonical().equals(typed)) {
			return redirect(HttpStatus.MOVED_PERMANENTLY, exact.symbol());
		}
		return ResponseEntity.ok(ResolutionDetailJson.of(this.pages.page(exact.symbol())));
	}

	private static <T> ResponseEntity<T> redirect(HttpStatus status, ResolutionSymbol symbol) {
		String location = Links.absolute(PATH + symbol.canonical());
		return ResponseEntity.status(status).header(HttpHeaders.LOCATION, location).build();
	}

	/**
	 * A resolution with everything its page shows.
	 *
	 * @param votes the vote, when the resolution was adopted by one
	 * @param referredBy the first {@code SessionOverview.SHOWN} resolutions that refer to
	 * it, oldest first; all of them at {@code /api/v1/resolutions?refersTo=<symbol>}
	 * @param referredByCount how many resolutions refer to it
	 * @param adopted the first of what it adopted, as its page lists them
	 */
	public record ResolutionDetailJson(ResolutionJson resolution, String adoptionNote, Integer plenaryMeeting,
			Votes votes, String summary, List<String> documents, List<Reference> refersTo, List<Reference> referredBy,
			long referredByCount, AdoptedJson adopted, List<String> sources) {

		static ResolutionDetailJson of(ResolutionPage page) {
			Resolution resolution = page.resolution();
			Votes votes = (resolution.getAdoptionMethod() == AdoptionMethod.VOTE)
					? new Votes(resolution.getVotesFor(), resolution.getVotesAgainst(), resolution.getVotesAbstaining())
					: null;
			return new ResolutionDetailJson(ResolutionJson.of(resolution), resolution.getAdoptionNote(),
					resolution.getPlenaryMeeting(), votes, resolution.getSummary(),
					List.copyOf(resolution.getDocuments()),
					resolution.getRefersTo()
						.stream()
						.sorted(Comparator.comparing(Resolution::getSymbol))
						.map(Reference::of)
						.toList(),
					page.referredBy()
						.stream()
						.map((later) -> new Reference(later.symbol(), later.title(),
								Links.of(RecordPaths.resolution(later.symbol()))))
						.toList(),
					page.referredBy().getTotalElements(),
					AdoptedJson.of(page.adopted(), resolution.getSession().getSlug()),
					List.copyOf(resolution.getSources()));
		}

	}

	public record Votes(Integer inFavour, Integer against, Integer abstaining) {

	}

	/**
	 * What a resolution adopted: of each kind the first {@code SessionOverview.SHOWN},
	 * and how many there are in all (the budgets' list and the session's lists give the
	 * rest).
	 */
	public record AdoptedJson(List<Outcome> budgets, long budgetCount, List<Outcome> amendments, long amendmentCount,
			List<Outcome> policies, long policyCount, List<Outcome> decisions, long decisionCount) {

		static AdoptedJson of(Adopted adopted, String session) {
			return new AdoptedJson(
					adopted.budgets()
						.stream()
						.map((budget) -> new Outcome(String.valueOf(budget.year()), null,
								Links.of(RecordPaths.budget(budget.year()))))
						.toList(),
					adopted.budgets().getTotalElements(), Outcome.lines(adopted.amendments(), session,
							SessionPart.AMENDMENTS, AmendmentLine::slug, AmendmentLine::subject),
					adopted.amendments().getTotalElements(),
					Outcome.lines(adopted.policies(), session, SessionPart.POLICIES, PolicyLine::slug,
							PolicyLine::name),
					adopted.policies().getTotalElements(), Outcome.lines(adopted.decisions(), session,
							SessionPart.DECISIONS, DecisionLine::slug, DecisionLine::title),
					adopted.decisions().getTotalElements());
		}

	}

	/**
	 * Another resolution a resolution refers to, or is referred to by.
	 */
	public record Reference(String symbol, String title, Links links) {

		static Reference of(Resolution resolution) {
			return new Reference(resolution.getSymbol(), resolution.getTitle(),
					Links.of(RecordPaths.resolution(resolution.getSymbol())));
		}

	}

}
