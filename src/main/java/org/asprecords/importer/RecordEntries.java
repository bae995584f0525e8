package org.asprecords.importer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.asprecords.db.RecordEntity;
import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.election.Candidacy;
import org.asprecords.election.Election;
import org.asprecords.election.ElectionRound;
import org.asprecords.election.RoundVote;
import org.asprecords.organization.Organization;
import org.asprecords.outcome.Accession;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.Policy;
import org.asprecords.outcome.SideEvent;
import org.asprecords.person.Person;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblyPresident;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.DatePrecision;
import org.asprecords.state.State;
import org.asprecords.statement.Statement;

/**
 * The records as the entries of a session document: the mapping back from the database to
 * the format the importer reads. Values the importer fills in by default are left out
 * ({@code startPrecision} {@code DAY}, {@code approximate} false), and lists the database
 * keeps as sets are sorted, so that the same facts always give the same document.
 */
final class RecordEntries {

	private RecordEntries() {
	}

	/** A draft is marked; a published record, as shipped records are, says nothing. */
	private static Boolean draft(RecordEntity record) {
		return record.isPublished() ? null : Boolean.TRUE;
	}

	static SessionDocument.SessionEntry session(AssemblySession session) {
		DatePrecision precision = session.getStartPrecision();
		return new SessionDocument.SessionEntry(session.getSlug(), name(session.getKind()), session.getNumber(),
				session.getResumption(), slug(session.getParent(), AssemblySession::getSlug), session.getStartDate(),
				(precision == DatePrecision.DAY) ? null : name(precision), session.getEndDate(), session.getDateNote(),
				session.getCity(), session.getCountry(), session.getVenue(), session.getSummary(),
				List.copyOf(session.getTopics()), List.copyOf(session.getSources()), draft(session));
	}

	static SessionDocument.StateEntry state(State state) {
		return new SessionDocument.StateEntry(state.getSlug(), state.getName(), state.getCode(),
				List.copyOf(state.getAlternativeNames()), name(state.getRegionalGroup()), state.getSignedOn(),
				state.getJoinedOn(), name(state.getJoinedBy()), state.getPartySince(), state.getPartyOrdinal(),
				state.getStatusNote(), List.copyOf(state.getSources()));
	}

	static SessionDocument.PersonEntry person(Person person) {
		return new SessionDocument.PersonEntry(person.getSlug(), person.getName(), person.getHonorific(),
				(person.getGrammaticalGender() != null) ? person.getGrammaticalGender().name() : null,
				List.copyOf(person.getAlternativeNames()), slug(person.getNationality(), State::getSlug),
				person.getNote(), List.copyOf(person.getSources()));
	}

	static SessionDocument.OrganizationEntry organization(Organization organization) {
		return new SessionDocument.OrganizationEntry(organization.getSlug(), organization.getName(),
				organization.getAcronym(), name(organization.getKind()),
				slug(organization.getParent(), Organization::getSlug), slug(organization.getCountry(), State::getSlug),
				List.copyOf(organization.getAlternativeNames()), organization.getNote(),
				List.copyOf(organization.getSources()));
	}

	static SessionDocument.PresidentEntry president(AssemblyPresident president) {
		return new SessionDocument.PresidentEntry(president.getPerson().getSlug(),
				slug(president.getFromSession(), AssemblySession::getSlug),
				slug(president.getToSession(), AssemblySession::getSlug), president.getElectedOn(),
				president.getPeriodNote(), List.copyOf(president.getSources()));
	}

	static SessionDocument.ResolutionEntry resolution(Resolution resolution) {
		return new SessionDocument.ResolutionEntry(resolution.getSymbol(), resolution.getTitle(),
				resolution.getAdoptedOn(), resolution.getAdoptionNote(), resolution.getPlenaryMeeting(),
				name(resolution.getAdoptionMethod()), resolution.getVotesFor(), resolution.getVotesAgainst(),
				resolution.getVotesAbstaining(), resolution.getSummary(), List.copyOf(resolution.getTopics()),
				List.copyOf(resolution.getDocuments()),
				resolution.getRefersTo().stream().map(Resolution::getSymbol).sorted().toList(),
				List.copyOf(resolution.getSources()), draft(resolution));
	}

	static SessionDocument.ElectionEntry election(Election election) {
		return new SessionDocument.ElectionEntry(election.getSlug(), name(election.getBody()), election.getSeats(),
				election.getTermYears(), election.getTermStart(), election.getTermNote(), election.getHeldOn(),
				election.getHeldUntil(), name(election.getMethod()), election.getRoundCount(),
				election.getMajorityRule(), election.getSummary(),
				election.getCandidates()
					.stream()
					.sorted(Comparator.comparingInt(Candidacy::getPosition))
					.map(RecordEntries::candidate)
					.toList(),
				election.getRounds()
					.stream()
					.sorted(Comparator.comparingInt(ElectionRound::getNumber))
					.map(RecordEntries::round)
					.toList(),
				List.copyOf(election.getSources()), draft(election));
	}

	private static SessionDocument.CandidateEntry candidate(Candidacy candidacy) {
		return new SessionDocument.CandidateEntry(slug(candidacy.getPerson(), Person::getSlug),
				slug(candidacy.getState(), State::getSlug), slug(candidacy.getNationality(), State::getSlug),
				candidacy.getListLabel(), name(candidacy.getRegionalGroup()), candidacy.getRole(),
				name(candidacy.getOutcome()), candidacy.getElectedInRound(), candidacy.getIncumbent(),
				candidacy.getNote());
	}

	private static SessionDocument.RoundEntry round(ElectionRound round) {
		Map<String, Integer> votes = new LinkedHashMap<>();
		for (RoundVote vote : round.getVotes()) {
			votes.put(candidateSlug(vote.getCandidacy()), vote.getVotes());
		}
		return new SessionDocument.RoundEntry(round.getNumber(), round.getHeldOn(), round.getBallotsCast(),
				round.getInvalidBallots(), round.getAbstentions(), round.getValidBallots(), round.getRequiredMajority(),
				round.getNote(), votes);
	}

	/** The slug a round's votes are keyed by: the person's, or the State's. */
	static String candidateSlug(Candidacy candidacy) {
		return (candidacy.getPerson() != null) ? candidacy.getPerson().getSlug() : candidacy.getState().getSlug();
	}

	static SessionDocument.BudgetEntry budget(ProgrammeBudget budget) {
		return new SessionDocument.BudgetEntry(budget.getYear(), slug(budget.getResolution(), Resolution::getSymbol),
				budget.getProposed(), budget.getRecommended(), budget.getApproved(),
				budget.getApprovedExcludingPremises(), budget.getPremisesComponent(), budget.getStatedChangeAmount(),
				budget.getStatedChangePercent(), budget.getContingencyFundLevel(), budget.getWorkingCapitalFund(),
				budget.getStaffing(), budget.isApproximate() ? Boolean.TRUE : null, budget.getNote(),
				budget.getLines()
					.stream()
					.map((line) -> new SessionDocument.BudgetLineEntry(line.getProgramme().name(), line.getAmount()))
					.toList(),
				List.copyOf(budget.getSources()), draft(budget));
	}

	static SessionDocument.StatementEntry statement(Statement statement) {
		return new SessionDocument.StatementEntry(statement.getSlug(), name(statement.getSegment()),
				statement.getDeliveredOn(),
				statement.getSpeakers()
					.stream()
					.map((speaker) -> new SessionDocument.SpeakerEntry(speaker.getPerson().getSlug(),
							speaker.getRole()))
					.toList(),
				statement.getSpeakerLabel(), slug(statement.getSpeakerState(), State::getSlug),
				slugs(statement.getOrganizations(), Organization::getSlug), statement.getOnBehalfLabel(),
				slugs(statement.getOnBehalfStates(), State::getSlug),
				slug(statement.getSideEvent(), SideEvent::getSlug), List.copyOf(statement.getSituations()),
				statement.getCountries().stream().map(State::getSlug).sorted().toList(),
				List.copyOf(statement.getTopics()), statement.getQuote(), statement.getSummary(), statement.getLink(),
				List.copyOf(statement.getSources()), draft(statement));
	}

	static SessionDocument.SideEventEntry sideEvent(SideEvent event) {
		return new SessionDocument.SideEventEntry(event.getSlug(), event.getHeldOn(), event.getTitle(),
				event.getSummary(), slugs(event.getOrganizers(), Organization::getSlug),
				slugs(event.getCosponsors(), State::getSlug), List.copyOf(event.getSources()));
	}

	static SessionDocument.AmendmentEntry amendment(Amendment amendment) {
		return new SessionDocument.AmendmentEntry(amendment.getSlug(), name(amendment.getInstrument()),
				amendment.getProvision(), amendment.getSubject(),
				slug(amendment.getResolution(), Resolution::getSymbol), amendment.getAdoptedOn(),
				List.copyOf(amendment.getSources()));
	}

	static SessionDocument.PolicyEntry policy(Policy policy) {
		return new SessionDocument.PolicyEntry(policy.getSlug(), policy.getName(),
				slug(policy.getResolution(), Resolution::getSymbol), policy.getAdoptedOn(), policy.getSummary(),
				List.copyOf(policy.getSources()));
	}

	static SessionDocument.DecisionEntry decision(Decision decision) {
		return new SessionDocument.DecisionEntry(decision.getSlug(), name(decision.getKind()), decision.getTitle(),
				decision.getSummary(), slug(decision.getResolution(), Resolution::getSymbol), decision.getSeatsBefore(),
				decision.getSeatsAfter(), decision.getEffectiveOn(),
				decision.getAllocations()
					.stream()
					.map((allocation) -> new SessionDocument.AllocationEntry(name(allocation.getRegionalGroup()),
							allocation.getSeats(), allocation.getChange()))
					.toList(),
				List.copyOf(decision.getSources()));
	}

	static SessionDocument.AccessionEntry accession(Accession accession) {
		return new SessionDocument.AccessionEntry(accession.getState().getSlug(), accession.getNote(),
				List.copyOf(accession.getSources()));
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static <T> String slug(T record, Function<T, String> key) {
		return (record != null) ? key.apply(record) : null;
	}

	private static <T> List<String> slugs(List<T> records, Function<T, String> key) {
		return records.stream().map(key).toList();
	}

}
