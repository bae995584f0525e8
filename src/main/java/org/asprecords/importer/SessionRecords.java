package org.asprecords.importer;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
 * records may refer to them), then everything else.
 */
final class SessionRecords {

	private final ImportRun run;

	private final Set<String> createdResolutions = new HashSet<>();

	SessionRecords(ImportRun run) {
		this.run = run;
	}

	void importResolutions(SessionDocument document) {
		AssemblySession session = this.run.session(document.session().slug(), "session");
		for (SessionDocument.ResolutionEntry entry : document.resolutions()) {
			this.run.createIfAbsent("resolutions", this.run.find(Resolution.class, "symbol", entry.symbol()), () -> {
				this.createdResolutions.add(entry.symbol());
				return resolution(session, entry);
			});
		}
	}

	void importOutcomes(SessionDocument document) {
		AssemblySession session = this.run.session(document.session().slug(), "session");
		for (SessionDocument.ResolutionEntry entry : document.resolutions()) {
			if (this.createdResolutions.contains(entry.symbol())) {
				Resolution resolution = this.run.resolution(entry.symbol(), "resolution");
				ImportRun.orEmpty(entry.refersTo())
					.forEach((symbol) -> resolution.getRefersTo().add(this.run.resolution(symbol, entry.symbol())));
			}
		}
		document.elections()
			.forEach((entry) -> this.run.createIfAbsent("elections",
					this.run.findInSession(Election.class, session, entry.key()), () -> election(session, entry)));
		document.budgets()
			.forEach((entry) -> this.run.createIfAbsent("budgets",
					this.run.find(ProgrammeBudget.class, "year", entry.year()), () -> budget(session, entry)));
		document.sideEvents()
			.forEach((entry) -> this.run.createIfAbsent("side events",
					this.run.findInSession(SideEvent.class, session, entry.key()), () -> sideEvent(session, entry)));
		document.statements()
			.forEach((entry) -> this.run.createIfAbsent("statements",
					this.run.findInSession(Statement.class, session, entry.key()), () -> statement(session, entry)));
		document.amendments()
			.forEach((entry) -> this.run.createIfAbsent("amendments",
					this.run.findInSession(Amendment.class, session, entry.key()), () -> amendment(session, entry)));
		document.policies()
			.forEach((entry) -> this.run.createIfAbsent("policies",
					this.run.findInSession(Policy.class, session, entry.key()), () -> policy(session, entry)));
		document.decisions()
			.forEach((entry) -> this.run.createIfAbsent("decisions",
					this.run.findInSession(Decision.class, session, entry.key()), () -> decision(session, entry)));
		document.accessions().forEach((entry) -> accession(session, entry));
	}

	private Resolution resolution(AssemblySession session, SessionDocument.ResolutionEntry entry) {
		String where = "resolution " + entry.symbol();
		if (!(SymbolQuery.parse(entry.symbol()) instanceof SymbolQuery.Exact exact)
				|| !exact.symbol().canonical().equals(entry.symbol())) {
			throw new InvalidDocumentException(where + ": not a canonical symbol such as ICC-ASP/22/Res.4");
		}
		ResolutionSymbol symbol = exact.symbol();
		Resolution resolution = new Resolution();
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
		return resolution;
	}

	private Election election(AssemblySession session, SessionDocument.ElectionEntry entry) {
		String where = "election " + session.getSlug() + "/" + entry.key();
		Election election = new Election();
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
		int position = 0;
		for (SessionDocument.CandidateEntry candidate : ImportRun.orEmpty(entry.candidates())) {
			election.getCandidates().add(candidacy(election, candidate, ++position, where));
		}
		for (SessionDocument.RoundEntry round : ImportRun.orEmpty(entry.rounds())) {
			election.getRounds().add(round(election, round, where));
		}
		return election;
	}

	private Candidacy candidacy(Election election, SessionDocument.CandidateEntry entry, int position, String where) {
		if ((entry.person() == null) == (entry.state() == null)) {
			throw new InvalidDocumentException(where + ": each candidate is either a person or a State");
		}
		Candidacy candidacy = new Candidacy();
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
		return candidacy;
	}

	private ElectionRound round(Election election, SessionDocument.RoundEntry entry, String where) {
		ElectionRound round = new ElectionRound();
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
		votes.forEach((candidate, count) -> round.getVotes()
			.add(new RoundVote(candidate(election, candidate, where + " round " + entry.number()), count)));
		return round;
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

	private ProgrammeBudget budget(AssemblySession session, SessionDocument.BudgetEntry entry) {
		String where = "budget " + entry.year();
		ProgrammeBudget budget = new ProgrammeBudget();
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
		return budget;
	}

	private SideEvent sideEvent(AssemblySession session, SessionDocument.SideEventEntry entry) {
		String where = "side event " + entry.key();
		SideEvent event = new SideEvent();
		event.setSession(session);
		event.setSlug(entry.key());
		event.setHeldOn(entry.heldOn());
		event.setTitle(entry.title());
		event.setSummary(entry.summary());
		event.getOrganizers().addAll(this.run.organizations(entry.organizers(), where));
		event.getCosponsors().addAll(this.run.states(entry.cosponsors(), where));
		event.setSources(entry.sources());
		return event;
	}

	private Statement statement(AssemblySession session, SessionDocument.StatementEntry entry) {
		String where = "statement " + session.getSlug() + "/" + entry.key();
		Statement statement = new Statement();
		statement.setSession(session);
		statement.setSlug(entry.key());
		statement.setSegment(ImportRun.enumValue(Segment.class, entry.segment(), where));
		statement.setDeliveredOn(entry.deliveredOn());
		ImportRun.orEmpty(entry.speakers())
			.forEach((speaker) -> statement.getSpeakers()
				.add(new Speaker(this.run.person(speaker.person(), where), speaker.role())));
		statement.setSpeakerLabel(entry.speakerLabel());
		statement.setSpeakerState(this.run.optionalState(entry.speakerState(), where));
		statement.getOrganizations().addAll(this.run.organizations(entry.organizations(), where));
		statement.setOnBehalfLabel(entry.onBehalfLabel());
		statement.getOnBehalfStates().addAll(this.run.states(entry.onBehalfStates(), where));
		if (entry.sideEvent() != null) {
			statement.setSideEvent(this.run.findInSession(SideEvent.class, session, entry.sideEvent())
				.orElseThrow(() -> new InvalidDocumentException(
						where + ": no side event \"" + entry.sideEvent() + "\" in this session")));
		}
		statement.setSituations(ImportRun.orEmpty(entry.situations()));
		statement.getCountries().addAll(this.run.states(entry.countries(), where));
		statement.setTopics(ImportRun.topics(entry.topics(), where));
		if (entry.quote() == null && entry.summary() == null) {
			throw new InvalidDocumentException(where + ": a statement needs a quote or a summary");
		}
		statement.setQuote(entry.quote());
		statement.setSummary(entry.summary());
		statement.setLink(entry.link());
		statement.setSources(entry.sources());
		return statement;
	}

	private Amendment amendment(AssemblySession session, SessionDocument.AmendmentEntry entry) {
		String where = "amendment " + entry.key();
		Amendment amendment = new Amendment();
		amendment.setSession(session);
		amendment.setSlug(entry.key());
		amendment.setInstrument(ImportRun.enumValue(Instrument.class, entry.instrument(), where));
		amendment.setProvision(entry.provision());
		amendment.setSubject(entry.subject());
		amendment.setResolution(this.run.optionalResolution(entry.resolution(), where));
		amendment.setAdoptedOn(entry.adoptedOn());
		amendment.setSources(entry.sources());
		return amendment;
	}

	private Policy policy(AssemblySession session, SessionDocument.PolicyEntry entry) {
		Policy policy = new Policy();
		policy.setSession(session);
		policy.setSlug(entry.key());
		policy.setName(entry.name());
		policy.setResolution(this.run.optionalResolution(entry.resolution(), "policy " + entry.key()));
		policy.setAdoptedOn(entry.adoptedOn());
		policy.setSummary(entry.summary());
		policy.setSources(entry.sources());
		return policy;
	}

	private Decision decision(AssemblySession session, SessionDocument.DecisionEntry entry) {
		String where = "decision " + entry.key();
		Decision decision = new Decision();
		decision.setSession(session);
		decision.setSlug(entry.key());
		decision.setKind(ImportRun.enumValue(DecisionKind.class, entry.kind(), where));
		decision.setTitle(entry.title());
		decision.setSummary(entry.summary());
		decision.setResolution(this.run.optionalResolution(entry.resolution(), where));
		decision.setSeatsBefore(entry.seatsBefore());
		decision.setSeatsAfter(entry.seatsAfter());
		decision.setEffectiveOn(entry.effectiveOn());
		ImportRun.orEmpty(entry.allocations())
			.forEach((allocation) -> decision.getAllocations()
				.add(new SeatAllocation(ImportRun.enumValue(RegionalGroup.class, allocation.regionalGroup(), where),
						allocation.seats(), allocation.change())));
		decision.setSources(entry.sources());
		return decision;
	}

	private void accession(AssemblySession session, SessionDocument.AccessionEntry entry) {
		String where = "accession " + entry.state();
		var state = this.run.state(entry.state(), where);
		var existing = this.run.find(Accession.class, "state", state)
			.filter((accession) -> accession.getSession() == session);
		this.run.createIfAbsent("accessions", existing, () -> {
			Accession accession = new Accession();
			accession.setSession(session);
			accession.setState(state);
			accession.setNote(entry.note());
			accession.setSources(entry.sources());
			return accession;
		});
	}

}
