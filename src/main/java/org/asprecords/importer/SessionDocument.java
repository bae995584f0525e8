package org.asprecords.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One session's records as a JSON document ({@code asp-records/1}, described in
 * {@code src/main/resources/records/FORMAT.md}). Lists that a document leaves out are
 * empty, never null.
 */
public record SessionDocument(String format, SessionEntry session, List<StateEntry> states, List<PersonEntry> people,
		List<OrganizationEntry> organizations, List<PresidentEntry> presidents, List<ResolutionEntry> resolutions,
		List<ElectionEntry> elections, List<BudgetEntry> budgets, List<StatementEntry> statements,
		List<SideEventEntry> sideEvents, List<AmendmentEntry> amendments, List<PolicyEntry> policies,
		List<DecisionEntry> decisions, List<AccessionEntry> accessions) {

	public static final String FORMAT = "asp-records/1";

	public SessionDocument {
		states = orEmpty(states);
		people = orEmpty(people);
		organizations = orEmpty(organizations);
		presidents = orEmpty(presidents);
		resolutions = orEmpty(resolutions);
		elections = orEmpty(elections);
		budgets = orEmpty(budgets);
		statements = orEmpty(statements);
		sideEvents = orEmpty(sideEvents);
		amendments = orEmpty(amendments);
		policies = orEmpty(policies);
		decisions = orEmpty(decisions);
		accessions = orEmpty(accessions);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	public record SessionEntry(String slug, String kind, Integer number, Integer resumption, String parent,
			LocalDate startDate, String startPrecision, LocalDate endDate, String dateNote, String city, String country,
			String venue, String summary, List<String> topics, List<String> sources, Boolean draft) {
	}

	public record StateEntry(String slug, String name, List<String> alternativeNames, String regionalGroup,
			LocalDate signedOn, LocalDate joinedOn, String joinedBy, LocalDate partySince, Integer partyOrdinal,
			String statusNote, List<String> sources) {
	}

	public record PersonEntry(String slug, String name, String honorific, List<String> alternativeNames,
			String nationality, String note, List<String> sources) {
	}

	public record OrganizationEntry(String slug, String name, String acronym, String kind, String parent,
			String country, List<String> alternativeNames, String note, List<String> sources) {
	}

	public record PresidentEntry(String person, String fromSession, String toSession, LocalDate electedOn,
			String periodNote, List<String> sources) {
	}

	public record ResolutionEntry(String symbol, String title, LocalDate adoptedOn, String adoptionNote,
			Integer plenaryMeeting, String adoption, Integer votesFor, Integer votesAgainst, Integer votesAbstaining,
			String summary, List<String> topics, List<String> documents, List<String> refersTo, List<String> sources,
			Boolean draft) {
	}

	public record ElectionEntry(String key, String body, Integer seats, Integer termYears, LocalDate termStart,
			String termNote, LocalDate heldOn, LocalDate heldUntil, String method, Integer roundCount,
			String majorityRule, String summary, List<CandidateEntry> candidates, List<RoundEntry> rounds,
			List<String> sources, Boolean draft) {
	}

	public record CandidateEntry(String person, String state, String nationality, String list, String regionalGroup,
			String role, String outcome, Integer electedInRound, Boolean incumbent, String note) {
	}

	public record RoundEntry(int number, LocalDate heldOn, Integer ballotsCast, Integer invalidBallots,
			Integer abstentions, Integer validBallots, Integer requiredMajority, String note,
			Map<String, Integer> votes) {
	}

	public record BudgetEntry(int year, String resolution, BigDecimal proposed, BigDecimal recommended,
			BigDecimal approved, BigDecimal approvedExcludingPremises, BigDecimal premisesComponent,
			BigDecimal statedChangeAmount, BigDecimal statedChangePercent, BigDecimal contingencyFundLevel,
			BigDecimal workingCapitalFund, Integer staffing, Boolean approximate, String note, List<String> sources,
			Boolean draft) {
	}

	public record StatementEntry(String key, String segment, LocalDate deliveredOn, List<SpeakerEntry> speakers,
			String speakerLabel, String speakerState, List<String> organizations, String onBehalfLabel,
			List<String> onBehalfStates, String sideEvent, List<String> situations, List<String> countries,
			List<String> topics, String quote, String summary, String link, List<String> sources, Boolean draft) {
	}

	public record SpeakerEntry(String person, String role) {
	}

	public record SideEventEntry(String key, LocalDate heldOn, String title, String summary, List<String> organizers,
			List<String> cosponsors, List<String> sources) {
	}

	public record AmendmentEntry(String key, String instrument, String provision, String subject, String resolution,
			LocalDate adoptedOn, List<String> sources) {
	}

	public record PolicyEntry(String key, String name, String resolution, LocalDate adoptedOn, String summary,
			List<String> sources) {
	}

	public record DecisionEntry(String key, String kind, String title, String summary, String resolution,
			Integer seatsBefore, Integer seatsAfter, LocalDate effectiveOn, List<AllocationEntry> allocations,
			List<String> sources) {
	}

	public record AllocationEntry(String regionalGroup, int seats, Integer change) {
	}

	public record AccessionEntry(String state, String note, List<String> sources) {
	}

}
