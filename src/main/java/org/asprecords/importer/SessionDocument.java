package org.asprecords.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.Slugs;
import org.asprecords.web.form.SourceList;

/**
 * One session's records as a JSON document ({@code asp-records/1}, described in
 * {@code src/main/resources/records/FORMAT.md}). Lists that a document leaves out are
 * empty, never null. The constraints are the admin forms' rules for the same fields (text
 * without control characters, amounts as the budget form takes them, well-formed keys),
 * which {@link DocumentReader} checks, and those the database's own checks would refuse
 * with no word of which field.
 */
public record SessionDocument(String format, @Valid SessionEntry session, List<@NotNull @Valid StateEntry> states,
		List<@NotNull @Valid PersonEntry> people, List<@NotNull @Valid OrganizationEntry> organizations,
		List<@NotNull @Valid PresidentEntry> presidents, List<@NotNull @Valid ResolutionEntry> resolutions,
		List<@NotNull @Valid ElectionEntry> elections, List<@NotNull @Valid BudgetEntry> budgets,
		List<@NotNull @Valid StatementEntry> statements, List<@NotNull @Valid SideEventEntry> sideEvents,
		List<@NotNull @Valid AmendmentEntry> amendments, List<@NotNull @Valid PolicyEntry> policies,
		List<@NotNull @Valid DecisionEntry> decisions, List<@NotNull @Valid AccessionEntry> accessions) {

	public static final String FORMAT = "asp-records/1";

	/** A session's slug, as the session form takes it ({@code 22}, {@code S-1}). */
	static final String SESSION_SLUG = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";

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

	/**
	 * How many records the document holds: its session and its entries, with the
	 * candidates and rounds of its elections.
	 */
	public int recordCount() {
		int elections = this.elections.stream()
			.mapToInt((election) -> orEmpty(election.candidates()).size() + orEmpty(election.rounds()).size())
			.sum();
		return ((this.session != null) ? 1 : 0) + this.states.size() + this.people.size() + this.organizations.size()
				+ this.presidents.size() + this.resolutions.size() + this.elections.size() + elections
				+ this.budgets.size() + this.statements.size() + this.sideEvents.size() + this.amendments.size()
				+ this.policies.size() + this.decisions.size() + this.accessions.size();
	}

	/**
	 * The list, or an empty one; a null entry is kept for the validation to name it
	 * ({@code List.copyOf} would refuse it with no word of where).
	 */
	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.of();
	}

	public record SessionEntry(@NotBlank @Pattern(regexp = SESSION_SLUG) String slug, @NotBlank String kind,
			@Min(1) Integer number, @Min(1) Integer resumption, String parent, LocalDate startDate,
			String startPrecision, LocalDate endDate, @PlainText(multiline = true) String dateNote,
			@PlainText String city, @PlainText String country, @PlainText String venue,
			@PlainText(multiline = true) String summary, List<String> topics,
			List<@NotNull @PlainText @SourceList String> sources, Boolean draft) {
	}

	public record StateEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String slug, @NotBlank @PlainText String name,
			String code, List<@NotNull @PlainText String> alternativeNames, String regionalGroup, LocalDate signedOn,
			LocalDate joinedOn, String joinedBy, LocalDate partySince, @Min(1) Integer partyOrdinal,
			@PlainText(multiline = true) String statusNote, List<@NotNull @PlainText @SourceList String> sources) {
	}

	public record PersonEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String slug, @NotBlank @PlainText String name,
			@PlainText String honorific, String grammaticalGender, List<@NotNull @PlainText String> alternativeNames,
			String nationality, @PlainText(multiline = true) String note,
			List<@NotNull @PlainText @SourceList String> sources) {
	}

	public record OrganizationEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String slug,
			@NotBlank @PlainText String name, @PlainText String acronym, @NotBlank String kind, String parent,
			String country, List<@NotNull @PlainText String> alternativeNames, @PlainText(multiline = true) String note,
			List<@NotNull @PlainText @SourceList String> sources) {
	}

	public record PresidentEntry(@NotBlank String person, String fromSession, String toSession, LocalDate electedOn,
			@PlainText(multiline = true) String periodNote, List<@NotNull @PlainText @SourceList String> sources) {
	}

	public record ResolutionEntry(@NotBlank String symbol, @PlainText String title, LocalDate adoptedOn,
			@PlainText(multiline = true) String adoptionNote, @Min(1) Integer plenaryMeeting, String adoption,
			@Min(0) Integer votesFor, @Min(0) Integer votesAgainst, @Min(0) Integer votesAbstaining,
			@PlainText(multiline = true) String summary, List<String> topics,
			List<@NotNull @PlainText @SourceList(urlsOnly = true) String> documents, List<String> refersTo,
			List<@NotNull @PlainText @SourceList String> sources, Boolean draft) {
	}

	public record ElectionEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String key, @NotBlank String body,
			@Min(1) Integer seats, @Min(1) Integer termYears, LocalDate termStart,
			@PlainText(multiline = true) String termNote, LocalDate heldOn, LocalDate heldUntil, String method,
			@Min(1) Integer roundCount, @PlainText String majorityRule, @PlainText(multiline = true) String summary,
			List<@NotNull @Valid CandidateEntry> candidates, List<@NotNull @Valid RoundEntry> rounds,
			List<@NotNull @PlainText @SourceList String> sources, Boolean draft) {
	}

	public record CandidateEntry(String person, String state, String nationality, @PlainText String list,
			String regionalGroup, @PlainText String role, String outcome, @Min(1) Integer electedInRound,
			Boolean incumbent, @PlainText(multiline = true) String note) {
	}

	public record RoundEntry(@Min(1) int number, LocalDate heldOn, @Min(0) Integer ballotsCast,
			@Min(0) Integer invalidBallots, @Min(0) Integer abstentions, @Min(0) Integer validBallots,
			@Min(0) Integer requiredMajority, @PlainText(multiline = true) String note,
			Map<String, @NotNull @Min(0) Integer> votes) {
	}

	/**
	 * Amounts follow the budget form's rules: euros with at most two decimals and twelve
	 * digits before the point (the columns' precision), never negative but for the stated
	 * change.
	 */
	public record BudgetEntry(@Min(2002) @Max(2100) int year, String resolution, @Amount BigDecimal proposed,
			@Amount BigDecimal recommended, @Amount BigDecimal approved, @Amount BigDecimal approvedExcludingPremises,
			@Amount BigDecimal premisesComponent, @Digits(integer = 12, fraction = 2) BigDecimal statedChangeAmount,
			@Digits(integer = 5, fraction = 2) BigDecimal statedChangePercent, @Amount BigDecimal contingencyFundLevel,
			@Amount BigDecimal workingCapitalFund, @Min(0) Integer staffing, Boolean approximate,
			@PlainText(multiline = true) String note, List<@NotNull @Valid BudgetLineEntry> lines,
			List<@NotNull @PlainText @SourceList String> sources, Boolean draft) {
	}

	/**
	 * A Major Programme's appropriation: the programme by its name in
	 * {@code MajorProgramme}, the amount in euros.
	 */
	public record BudgetLineEntry(@NotBlank String programme, @NotNull @Amount BigDecimal amount) {
	}

	public record StatementEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String key, @NotBlank String segment,
			LocalDate deliveredOn, List<@NotNull @Valid SpeakerEntry> speakers, @PlainText String speakerLabel,
			String speakerState, List<String> organizations, @PlainText String onBehalfLabel,
			List<String> onBehalfStates, String sideEvent, List<@NotNull @PlainText String> situations,
			List<String> countries, List<String> topics, @PlainText(multiline = true) String quote,
			@PlainText(multiline = true) String summary, @PlainText @SourceList(urlsOnly = true) String link,
			List<@NotNull @PlainText @SourceList String> sources, Boolean draft) {
	}

	public record SpeakerEntry(@NotBlank String person, @PlainText String role) {
	}

	public record SideEventEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String key, LocalDate heldOn,
			@NotBlank @PlainText String title, @PlainText(multiline = true) String summary, List<String> organizers,
			List<String> cosponsors, List<@NotNull @PlainText @SourceList String> sources) {
	}

	public record AmendmentEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String key, @NotBlank String instrument,
			@PlainText String provision, @NotBlank @PlainText(multiline = true) String subject, String resolution,
			LocalDate adoptedOn, List<@NotNull @PlainText @SourceList String> sources) {
	}

	public record PolicyEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String key, @NotBlank @PlainText String name,
			String resolution, LocalDate adoptedOn, @PlainText(multiline = true) String summary,
			List<@NotNull @PlainText @SourceList String> sources) {
	}

	public record DecisionEntry(@NotBlank @Pattern(regexp = Slugs.REQUIRED) String key, @NotBlank String kind,
			@NotBlank @PlainText String title, @PlainText(multiline = true) String summary, String resolution,
			@Min(1) Integer seatsBefore, @Min(1) Integer seatsAfter, LocalDate effectiveOn,
			List<@NotNull @Valid AllocationEntry> allocations, List<@NotNull @PlainText @SourceList String> sources) {
	}

	public record AllocationEntry(@NotBlank String regionalGroup, @Min(0) int seats, Integer change) {
	}

	public record AccessionEntry(@NotBlank String state, @PlainText(multiline = true) String note,
			List<@NotNull @PlainText @SourceList String> sources) {
	}

}
