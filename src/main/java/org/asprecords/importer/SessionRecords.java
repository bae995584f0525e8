package org.asprecords.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.election.Candidacy;
import org.asprecords.election.CandidacyOutcome;
import org.asprecords.election.Election;
import org.asprecords.election.ElectionBody;
import org.asprecords.election.ElectionMethod;
import org.asprecords.election.ElectionRound;
import org.asprecords.election.RoundVote;
import org.asprecords.outcome.Accession;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.DecisionKind;
import org.asprecords.outcome.Instrument;
import org.asprecords.outcome.Policy;
import org.asprecords.outcome.SeatAllocation;
import org.asprecords.outcome.SideEvent;
import org.asprecords.resolution.AdoptionMethod;
import org.asprecords.resolution.Resolution;
import org.asprecords.resolution.ResolutionSymbol;
import org.asprecords.resolution.SymbolQuery;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.RegionalGroup;
import org.asprecords.statement.Segment;
import org.asprecords.statement.Speaker;
import org.asprecords.statement.Statement;

/**
 * Imports the records that belong to one session: its resolutions first (other sessions'
 * records may refer to them), then everything else. Each record is filled by one method,
 * whether it is new or (when the import updates) existing.
 */
final class SessionRecords {

	private final ImportRun run;

	private final Set<String> filledResolutions = new HashSet<>();

	SessionRecords(ImportRun run) {
		this.run = run;
	}

	void importResolutions(SessionDocument document) {
		AssemblySession session = this.run.session(document.session().slug(), "session");
		for (SessionDocument.ResolutionEntry entry : document.resolutions()) {
			String where = "resolution " + entry.symbol();
			this.run.upsert("resolutions",
					this.run.find(Resolution.class, "symbol", ImportRun.required(entry.symbol(), where, "symbol")),
					Resolution::new, (resolution) -> {
						this.filledResolutions.add(entry.symbol());
						resolution(resolution, session, entry);
					});
		}
	}

	void importOutcomes(SessionDocument document) {
		AssemblySession session = this.run.session(document.session().slug(), "session");
		for (SessionDocument.ResolutionEntry entry : document.resolutions()) {
			if (this.filledResolutions.contains(entry.symbol())) {
				Resolution resolution = this.run.resolution(entry.symbol(), "resolution");
				ImportRun.replace(resolution.getRefersTo(),
						ImportRun.orEmpty(entry.refersTo())
							.stream()
							.map((symbol) -> this.run.resolution(symbol, entry.symbol()))
							.toList());
			}
		}
		document.elections()
			.forEach(
					(entry) -> this.run.upsert("elections", inSession(Election.class, session, entry.key(), "election"),
							Election::new, (election) -> election(election, session, entry)));
		document.budgets()
			.forEach((entry) -> this.run.upsert("budgets", this.run.find(ProgrammeBudget.class, "year", entry.year()),
					ProgrammeBudget::new, (budget) -> budget(budget, session, entry)));
		document.sideEvents()
			.forEach((entry) -> this.run.upsert("side events",
					inSession(SideEvent.class, session, entry.key(), "side event"), SideEvent::new,
					(event) -> sideEvent(event, session, entry)));
		document.statements()
			.forEach((entry) -> this.run.upsert("statements",
					inSession(Statement.class, session, entry.key(), "statement"), Statement::new,
					(statement) -> statement(statement, session, entry)));
		document.amendments()
			.forEach((entry) -> this.run.upsert("amendments",
					inSession(Amendment.class, session, entry.key(), "amendment"), Amendment::new,
					(amendment) -> amendment(amendment, session, entry)));
		document.policies()
			.forEach((entry) -> this.run.upsert("policies", inSession(Policy.class, session, entry.key(), "policy"),
					Policy::new, (policy) -> policy(policy, session, entry)));
		document.decisions()
			.forEach(
					(entry) -> this.run.upsert("decisions", inSession(Decision.class, session, entry.key(), "decision"),
							Decision::new, (decision) -> decision(decision, session, entry)));
		document.accessions().forEach((entry) -> accession(session, entry));
	}

	private <T> Optional<T> inSession(Class<T> type, AssemblySession session, String key, String kind) {
		return this.run.findInSession(type, session, ImportRun.required(key, kind, "key"));
	}

	private void resolution(Resolution resolution, AssemblySession session, SessionDocument.ResolutionEntry entry) {
		String where = "resolution " + entry.symbol();
		if (!(SymbolQuery.parse(entry.symbol()) instanceof SymbolQuery.Exact exact)
				|| !exact.symbol().canonical().equals(entry.symbol())) {
			throw new InvalidDocumentException(where + ": not a canonical symbol such as ICC-ASP/22/Res.4");
		}
		ResolutionSymbol symbol = exact.symbol();
		if (!symbol.session().equals(ResolutionSymbol.sessionCode(session))) {
			throw new InvalidDocumentException(
					where + ": the symbol is of another session than " + session.getSlug() + " (the document's)");
		}
		resolution.setSession(session);
		resolution.setSymbol(symbol.canonical());
		resolution.setSymbolSession(symbol.session());
		resolution.setNumber(symbol.number());
		resolution.setTitle(entry.title());
		resolution.setAdoptedOn(entry.adoptedOn());
		resolution.setAdoptionNote(entry.adoptionNote());
		resolution.setPlenaryMeeting(entry.plenaryMeeting());
		resolution.setAdoptionMethod(ImportRun.enumValue(AdoptionMethod.class, entry.adoption(), where));
		resolution.setVotesFor(entry.votesFor());
		resolution.setVotesAgainst(entry.votesAgainst());
		resolution.setVotesAbstaining(entry.votesAbstaining());
		resolution.setSummary(entry.summary());
		resolution.setTopics(ImportRun.topics(entry.topics(), where));
		resolution.setDocuments(ImportRun.orEmpty(entry.documents()));
		resolution.setSources(entry.sources());
		resolution.setPublished(!Boolean.TRUE.equals(entry.draft()));
	}

	private void election(Election election, AssemblySession session, SessionDocument.ElectionEntry entry) {
		String where = "election " + session.getSlug() + "/" + entry.key();
		election.setSession(session);
		election.setSlug(entry.key());
		election.setBody(ImportRun.enumValue(ElectionBody.class, entry.body(), where));
		election.setSeats(entry.seats());
		election.setTermYears(entry.termYears());
		election.setTermStart(entry.termStart());
		election.setTermNote(entry.termNote());
		election.setHeldOn(entry.heldOn());
		election.setHeldUntil(entry.heldUntil());
		election.setMethod(ImportRun.enumValue(ElectionMethod.class, entry.method(), where));
		election.setRoundCount(entry.roundCount());
		election.setMajorityRule(entry.majorityRule());
		election.setSummary(entry.summary());
		election.setSources(entry.sources());
		election.setPublished(!Boolean.TRUE.equals(entry.draft()));
		List<SessionDocument.CandidateEntry> candidates = ImportRun.orEmpty(entry.candidates());
		List<Candidacy> existing = election.getCandidates();
		for (int index = 0; index < candidates.size(); index++) {
			Candidacy candidacy = (index < existing.size()) ? existing.get(index) : new Candidacy();
			candidacy(candidacy, election, candidates.get(index), index + 1, where);
			if (index >= existing.size()) {
				existing.add(candidacy);
			}
		}
		while (existing.size() > candidates.size()) {
			existing.remove(existing.size() - 1);
		}
		List<SessionDocument.RoundEntry> rounds = ImportRun.orEmpty(entry.rounds());
		Set<Integer> numbers = rounds.stream().map(SessionDocument.RoundEntry::number).collect(Collectors.toSet());
		election.getRounds().removeIf((round) -> !numbers.contains(round.getNumber()));
		for (SessionDocument.RoundEntry roundEntry : rounds) {
			ElectionRound round = election.getRounds()
				.stream()
				.filter((candidate) -> candidate.getNumber() == roundEntry.number())
				.findFirst()
				.orElseGet(() -> {
					ElectionRound created = new ElectionRound();
					election.getRounds().add(created);
					return created;
				});
			round(round, election, roundEntry, where);
		}
	}

	private void candidacy(Candidacy candidacy, Election election, SessionDocument.CandidateEntry entry, int position,
			String where) {
		if ((entry.person() == null) == (entry.state() == null)) {
			throw new InvalidDocumentException(where + ": each candidate is either a person or a State");
		}
		candidacy.setElection(election);
		candidacy.setPosition(position);
		candidacy.setPerson(this.run.optionalPerson(entry.person(), where));
		candidacy.setState(this.run.optionalState(entry.state(), where));
		candidacy.setNationality(this.run.optionalState(entry.nationality(), where));
		candidacy.setListLabel(entry.list());
		candidacy.setRegionalGroup(ImportRun.enumValue(RegionalGroup.class, entry.regionalGroup(), where));
		candidacy.setRole(entry.role());
		candidacy.setOutcome(ImportRun.enumValue(CandidacyOutcome.class, entry.outcome(), where));
		candidacy.setElectedInRound(entry.electedInRound());
		candidacy.setIncumbent(entry.incumbent());
		candidacy.setNote(entry.note());
	}

	private void round(ElectionRound round, Election election, SessionDocument.RoundEntry entry, String where) {
		round.setElection(election);
		round.setNumber(entry.number());
		round.setHeldOn(entry.heldOn());
		round.setBallotsCast(entry.ballotsCast());
		round.setInvalidBallots(entry.invalidBallots());
		round.setAbstentions(entry.abstentions());
		round.setValidBallots(entry.validBallots());
		round.setRequiredMajority(entry.requiredMajority());
		round.setNote(entry.note());
		Map<String, Integer> votes = (entry.votes() != null) ? entry.votes() : Map.of();
		List<RoundVote> wanted = new ArrayList<>();
		votes.forEach((candidate, count) -> wanted
			.add(new RoundVote(candidate(election, candidate, where + " round " + entry.number()),
					required(count, where, candidate))));
		ImportRun.replace(round.getVotes(), wanted, (vote) -> List.of(vote.getCandidacy(), vote.getVotes()));
	}

	private static int required(Integer count, String where, String candidate) {
		return ImportRun.required(count, where, "votes of " + candidate);
	}

	private static Candidacy candidate(Election election, String slug, String where) {
		return election.getCandidates()
			.stream()
			.filter((candidacy) -> (candidacy.getPerson() != null && slug.equals(candidacy.getPerson().getSlug()))
					|| (candidacy.getState() != null && slug.equals(candidacy.getState().getSlug())))
			.findFirst()
			.orElseThrow(() -> new InvalidDocumentException(
					where + ": votes for \"" + slug + "\", who is not among the candidates"));
	}

	private void budget(ProgrammeBudget budget, AssemblySession session, SessionDocument.BudgetEntry entry) {
		String where = "budget " + entry.year();
		if (budget.getSession() != null && budget.getSession() != session) {
			throw new InvalidDocumentException(
					where + ": already recorded as adopted at session " + budget.getSession().getSlug());
		}
		budget.setYear(entry.year());
		budget.setSession(session);
		budget.setResolution(this.run.optionalResolution(entry.resolution(), where));
		budget.setProposed(entry.proposed());
		budget.setRecommended(entry.recommended());
		budget.setApproved(entry.approved());
		budget.setApprovedExcludingPremises(entry.approvedExcludingPremises());
		budget.setPremisesComponent(entry.premisesComponent());
		budget.setStatedChangeAmount(entry.statedChangeAmount());
		budget.setStatedChangePercent(entry.statedChangePercent());
		budget.setContingencyFundLevel(entry.contingencyFundLevel());
		budget.setWorkingCapitalFund(entry.workingCapitalFund());
		budget.setStaffing(entry.staffing());
		budget.setApproximate(Boolean.TRUE.equals(entry.approximate()));
		budget.setNote(entry.note());
		budget.setSources(entry.sources());
		budget.setPublished(!Boolean.TRUE.equals(entry.draft()));
	}

	private void sideEvent(SideEvent event, AssemblySession session, SessionDocument.SideEventEntry entry) {
		String where = "side event " + entry.key();
		event.setSession(session);
		event.setSlug(entry.key());
		event.setHeldOn(entry.heldOn());
		event.setTitle(entry.title());
		event.setSummary(entry.summary());
		ImportRun.replace(event.getOrganizers(), this.run.organizations(entry.organizers(), where));
		ImportRun.replace(event.getCosponsors(), this.run.states(entry.cosponsors(), where));
		event.setSources(entry.sources());
	}

	private void statement(Statement statement, AssemblySession session, SessionDocument.StatementEntry entry) {
		String where = "statement " + session.getSlug() + "/" + entry.key();
		statement.setSession(session);
		statement.setSlug(entry.key());
		statement.setSegment(ImportRun.enumValue(Segment.class, entry.segment(), where));
		statement.setDeliveredOn(entry.deliveredOn());
		ImportRun.replace(statement.getSpeakers(),
				ImportRun.orEmpty(entry.speakers())
					.stream()
					.map((speaker) -> new Speaker(this.run.person(speaker.person(), where), speaker.role()))
					.toList(),
				(speaker) -> Arrays.asList(speaker.getPerson(), speaker.getRole()));
		statement.setSpeakerLabel(entry.speakerLabel());
		statement.setSpeakerState(this.run.optionalState(entry.speakerState(), where));
		ImportRun.replace(statement.getOrganizations(), this.run.organizations(entry.organizations(), where));
		statement.setOnBehalfLabel(entry.onBehalfLabel());
		ImportRun.replace(statement.getOnBehalfStates(), this.run.states(entry.onBehalfStates(), where));
		SideEvent sideEvent = (entry.sideEvent() != null)
				? this.run.findInSession(SideEvent.class, session, entry.sideEvent())
					.orElseThrow(() -> new InvalidDocumentException(
							where + ": no side event \"" + entry.sideEvent() + "\" in this session"))
				: null;
		statement.setSideEvent(sideEvent);
		statement.setSituations(ImportRun.orEmpty(entry.situations()));
		ImportRun.replace(statement.getCountries(), this.run.states(entry.countries(), where));
		statement.setTopics(ImportRun.topics(entry.topics(), where));
		if (entry.quote() == null && entry.summary() == null) {
			throw new InvalidDocumentException(where + ": a statement needs a quote or a summary");
		}
		statement.setQuote(entry.quote());
		statement.setSummary(entry.summary());
		statement.setLink(entry.link());
		statement.setSources(entry.sources());
		statement.setPublished(!Boolean.TRUE.equals(entry.draft()));
	}

	private void amendment(Amendment amendment, AssemblySession session, SessionDocument.AmendmentEntry entry) {
		String where = "amendment " + entry.key();
		amendment.setSession(session);
		amendment.setSlug(entry.key());
		amendment.setInstrument(ImportRun.enumValue(Instrument.class, entry.instrument(), where));
		amendment.setProvision(entry.provision());
		amendment.setSubject(entry.subject());
		amendment.setResolution(this.run.optionalResolution(entry.resolution(), where));
		amendment.setAdoptedOn(entry.adoptedOn());
		amendment.setSources(entry.sources());
	}

	private void policy(Policy policy, AssemblySession session, SessionDocument.PolicyEntry entry) {
		policy.setSession(session);
		policy.setSlug(entry.key());
		policy.setName(entry.name());
		policy.setResolution(this.run.optionalResolution(entry.resolution(), "policy " + entry.key()));
		policy.setAdoptedOn(entry.adoptedOn());
		policy.setSummary(entry.summary());
		policy.setSources(entry.sources());
	}

	private void decision(Decision decision, AssemblySession session, SessionDocument.DecisionEntry entry) {
		String where = "decision " + entry.key();
		decision.setSession(session);
		decision.setSlug(entry.key());
		decision.setKind(ImportRun.enumValue(DecisionKind.class, entry.kind(), where));
		decision.setTitle(entry.title());
		decision.setSummary(entry.summary());
		decision.setResolution(this.run.optionalResolution(entry.resolution(), where));
		decision.setSeatsBefore(entry.seatsBefore());
		decision.setSeatsAfter(entry.seatsAfter());
		decision.setEffectiveOn(entry.effectiveOn());
		ImportRun.replace(decision.getAllocations(),
				ImportRun.orEmpty(entry.allocations())
					.stream()
					.map((allocation) -> new SeatAllocation(
							ImportRun.enumValue(RegionalGroup.class, allocation.regionalGroup(), where),
							allocation.seats(), allocation.change()))
					.toList(),
				(allocation) -> Arrays.asList(allocation.getRegionalGroup(), allocation.getSeats(),
						allocation.getChange()));
		decision.setSources(entry.sources());
	}

	private void accession(AssemblySession session, SessionDocument.AccessionEntry entry) {
		String where = "accession " + entry.state();
		var state = this.run.state(entry.state(), where);
		this.run.upsert("accessions", this.run.accession(session, state), Accession::new, (accession) -> {
			accession.setSession(session);
			accession.setState(state);
			accession.setNote(entry.note());
			accession.setSources(entry.sources());
		});
	}

}
