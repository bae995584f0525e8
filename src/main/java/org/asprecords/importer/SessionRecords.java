package org.asprecords.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asprecords.budget.BudgetLine;
import org.asprecords.budget.MajorProgramme;
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
import org.asprecords.resolution.SymbolQuery;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.SessionRecord;
import org.asprecords.state.RegionalGroup;
import org.asprecords.state.State;
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
		AssemblySession session = this.run.session(document.session().slug(), "session.slug");
		ImportRun.each(document.resolutions(), "resolutions",
				(entry, path) -> this.run.upsert("resolutions", path,
						this.run.byKey(Resolution.class, "symbol",
								ImportRun.required(entry.symbol(), DocumentPath.field(path, "symbol"))),
						Resolution::new, (resolution) -> {
							this.filledResolutions.add(entry.symbol());
							resolution(resolution, session, entry, path);
						}));
	}

	void importOutcomes(SessionDocument document) {
		AssemblySession session = this.run.session(document.session().slug(), "session.slug");
		ImportRun.each(document.resolutions(), "resolutions", (entry, path) -> {
			if (this.filledResolutions.contains(entry.symbol())) {
				Resolution resolution = this.run.resolution(entry.symbol(), DocumentPath.field(path, "symbol"));
				List<Resolution> refersTo = new ArrayList<>();
				ImportRun.each(ImportRun.orEmpty(entry.refersTo()), DocumentPath.field(path, "refersTo"),
						(symbol, at) -> refersTo.add(this.run.resolution(symbol, at)));
				ImportRun.replace(resolution.getRefersTo(), refersTo);
			}
		});
		ImportRun.each(document.elections(), "elections",
				(entry, path) -> this.run.upsert("elections", path,
						inSession(Election.class, session, entry.key(), path), Election::new,
						(election) -> election(election, session, entry, path)));
		ImportRun.each(document.budgets(), "budgets",
				(entry, path) -> this.run.upsert("budgets", path,
						this.run.byKey(ProgrammeBudget.class, "year", entry.year()), ProgrammeBudget::new,
						(budget) -> budget(budget, session, entry, path)));
		ImportRun.each(document.sideEvents(), "sideEvents",
				(entry, path) -> this.run.upsert("side events", path,
						inSession(SideEvent.class, session, entry.key(), path), SideEvent::new,
						(event) -> sideEvent(event, session, entry, path)));
		ImportRun.each(document.statements(), "statements",
				(entry, path) -> this.run.upsert("statements", path,
						inSession(Statement.class, session, entry.key(), path), Statement::new,
						(statement) -> statement(statement, session, entry, path)));
		ImportRun.each(document.amendments(), "amendments",
				(entry, path) -> this.run.upsert("amendments", path,
						inSession(Amendment.class, session, entry.key(), path), Amendment::new,
						(amendment) -> amendment(amendment, session, entry, path)));
		ImportRun.each(document.policies(), "policies",
				(entry, path) -> this.run.upsert("policies", path, inSession(Policy.class, session, entry.key(), path),
						Policy::new, (policy) -> policy(policy, session, entry, path)));
		ImportRun.each(document.decisions(), "decisions",
				(entry, path) -> this.run.upsert("decisions", path,
						inSession(Decision.class, session, entry.key(), path), Decision::new,
						(decision) -> decision(decision, session, entry, path)));
		ImportRun.each(document.accessions(), "accessions", (entry, path) -> accession(session, entry, path));
	}

	private <T extends SessionRecord> ImportRun.Lookup<T> inSession(Class<T> type, AssemblySession session, String key,
			String path) {
		return this.run.inSession(type, session, ImportRun.required(key, DocumentPath.field(path, "key")));
	}

	private void resolution(Resolution resolution, AssemblySession session, SessionDocument.ResolutionEntry entry,
			String path) {
		String symbolPath = DocumentPath.field(path, "symbol");
		if (!(SymbolQuery.parse(entry.symbol()) instanceof SymbolQuery.Exact exact)
				|| !exact.symbol().canonical().equals(entry.symbol())) {
			throw new InvalidDocumentException(symbolPath, "symbol", entry.symbol());
		}
		resolution.adoptedAt(session, exact.symbol());
		resolution.setTitle(entry.title());
		resolution.setAdoptedOn(entry.adoptedOn());
		resolution.setAdoptionNote(entry.adoptionNote());
		resolution.setPlenaryMeeting(entry.plenaryMeeting());
		resolution.setAdoptionMethod(
				ImportRun.enumValue(AdoptionMethod.class, entry.adoption(), DocumentPath.field(path, "adoption")));
		resolution.setVotesFor(entry.votesFor());
		resolution.setVotesAgainst(entry.votesAgainst());
		resolution.setVotesAbstaining(entry.votesAbstaining());
		broken(path, "votesFor", Resolution.votesRule(resolution.getAdoptionMethod(), entry.votesFor(),
				entry.votesAgainst(), entry.votesAbstaining()));
		resolution.setSummary(entry.summary());
		resolution.setTopics(ImportRun.topics(entry.topics(), DocumentPath.field(path, "topics")));
		resolution.setDocuments(ImportRun.orEmpty(entry.documents()));
		resolution.setSources(entry.sources());
		resolution.setPublished(!Boolean.TRUE.equals(entry.draft()));
	}

	private void election(Election election, AssemblySession session, SessionDocument.ElectionEntry entry,
			String path) {
		election.setSession(session);
		election.setSlug(entry.key());
		election.setBody(ImportRun.enumValue(ElectionBody.class, entry.body(), DocumentPath.field(path, "body")));
		election.setSeats(entry.seats());
		election.setTermYears(entry.termYears());
		election.setTermStart(entry.termStart());
		election.setTermNote(entry.termNote());
		election.setHeldOn(entry.heldOn());
		broken(path, "heldUntil", Election.heldRule(entry.heldOn(), entry.heldUntil()));
		election.setHeldUntil(entry.heldUntil());
		election
			.setMethod(ImportRun.enumValue(ElectionMethod.class, entry.method(), DocumentPath.field(path, "method")));
		election.setRoundCount(entry.roundCount());
		election.setMajorityRule(entry.majorityRule());
		election.setSummary(entry.summary());
		election.setSources(entry.sources());
		election.setPublished(!Boolean.TRUE.equals(entry.draft()));
		List<SessionDocument.CandidateEntry> candidates = ImportRun.orEmpty(entry.candidates());
		List<Candidacy> existing = election.getCandidates();
		for (int index = 0; index < candidates.size(); index++) {
			Candidacy candidacy = (index < existing.size()) ? existing.get(index) : new Candidacy();
			candidacy(candidacy, election, candidates.get(index), index + 1,
					DocumentPath.entry(DocumentPath.field(path, "candidates"), index));
			if (index >= existing.size()) {
				existing.add(candidacy);
			}
		}
		while (existing.size() > candidates.size()) {
			existing.remove(existing.size() - 1);
		}
		Map<String, Candidacy> bySlug = new HashMap<>();
		existing.forEach((candidacy) -> bySlug.putIfAbsent(RecordEntries.candidateSlug(candidacy), candidacy));
		List<SessionDocument.RoundEntry> rounds = ImportRun.orEmpty(entry.rounds());
		Set<Integer> numbers = new HashSet<>();
		ImportRun.each(rounds, DocumentPath.field(path, "rounds"), (roundEntry, at) -> broken(at, "number",
				ElectionRound.numberRule(roundEntry.number(), !numbers.add(roundEntry.number()), entry.roundCount())));
		ImportRun.each(candidates, DocumentPath.field(path, "candidates"),
				(candidate, at) -> broken(at, "electedInRound",
						ElectionRound.electedInRoundRule(candidate.electedInRound(), numbers, entry.roundCount())));
		election.getRounds().removeIf((round) -> !numbers.contains(round.getNumber()));
		Map<Integer, ElectionRound> byNumber = new HashMap<>();
		election.getRounds().forEach((round) -> byNumber.put(round.getNumber(), round));
		ImportRun.each(rounds, DocumentPath.field(path, "rounds"), (roundEntry, at) -> {
			ElectionRound round = byNumber.computeIfAbsent(roundEntry.number(), (number) -> {
				ElectionRound created = new ElectionRound();
				election.getRounds().add(created);
				return created;
			});
			round(round, election, roundEntry, bySlug, at);
		});
	}

	private void candidacy(Candidacy candidacy, Election election, SessionDocument.CandidateEntry entry, int position,
			String path) {
		broken(path, "person", Candidacy.whoRule(entry.person() != null, entry.state() != null));
		candidacy.setElection(election);
		candidacy.setPosition(position);
		candidacy.setPerson(this.run.optionalPerson(entry.person(), DocumentPath.field(path, "person")));
		candidacy.setState(this.run.optionalState(entry.state(), DocumentPath.field(path, "state")));
		candidacy.setNationality(this.run.optionalState(entry.nationality(), DocumentPath.field(path, "nationality")));
		candidacy.setListLabel(entry.list());
		candidacy.setRegionalGroup(ImportRun.enumValue(RegionalGroup.class, entry.regionalGroup(),
				DocumentPath.field(path, "regionalGroup")));
		candidacy.setRole(entry.role());
		candidacy.setOutcome(
				ImportRun.enumValue(CandidacyOutcome.class, entry.outcome(), DocumentPath.field(path, "outcome")));
		candidacy.setElectedInRound(entry.electedInRound());
		candidacy.setIncumbent(entry.incumbent());
		candidacy.setNote(entry.note());
	}

	/**
	 * @param candidates the election's candidacies by the slug of their person or State
	 */
	private static void round(ElectionRound round, Election election, SessionDocument.RoundEntry entry,
			Map<String, Candidacy> candidates, String path) {
		round.setElection(election);
		round.setNumber(entry.number());
		round.setHeldOn(entry.heldOn());
		round.setBallotsCast(entry.ballotsCast());
		round.setInvalidBallots(entry.invalidBallots());
		round.setAbstentions(entry.abstentions());
		round.setValidBallots(entry.validBallots());
		round.setRequiredMajority(entry.requiredMajority());
		round.setNote(entry.note());
		broken(path, "validBallots", ElectionRound.validBallotsRule(entry.validBallots(), entry.ballotsCast()));
		broken(path, "requiredMajority",
				ElectionRound.requiredMajorityRule(entry.requiredMajority(), entry.validBallots()));
		Map<String, Integer> votes = (entry.votes() != null) ? entry.votes() : Map.of();
		List<RoundVote> wanted = new ArrayList<>();
		votes.forEach((slug, count) -> {
			String at = DocumentPath.field(DocumentPath.field(path, "votes"), slug);
			Candidacy candidacy = candidates.get(slug);
			if (candidacy == null) {
				throw new InvalidDocumentException(at, "not-a-candidate", slug);
			}
			int counted = ImportRun.required(count, at);
			broken(at, null, ElectionRound.votesRule(counted, entry.validBallots()));
			wanted.add(new RoundVote(candidacy, counted));
		});
		ImportRun.replace(round.getVotes(), wanted, (vote) -> List.of(vote.getCandidacy(), vote.getVotes()));
	}

	/**
	 * Refuses the document when a rule of the records is broken ({@code messageKey}, if
	 * any) at {@code path}'s {@code field} (or at {@code path} itself), in the words the
	 * forms use.
	 */
	private static void broken(String path, String field, String messageKey) {
		if (messageKey != null) {
			String at = (field != null) ? DocumentPath.field(path, field) : path;
			throw InvalidDocumentException.broken(at, messageKey);
		}
	}

	private void budget(ProgrammeBudget budget, AssemblySession session, SessionDocument.BudgetEntry entry,
			String path) {
		if (budget.getSession() != null && budget.getSession() != session) {
			throw new InvalidDocumentException(DocumentPath.field(path, "year"), "budget-session", entry.year(),
					budget.getSession().getSlug());
		}
		budget.setYear(entry.year());
		budget.adoptedAt(session,
				this.run.optionalResolution(entry.resolution(), DocumentPath.field(path, "resolution")));
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
		List<BudgetLine> lines = new ArrayList<>();
		ImportRun.each(ImportRun.orEmpty(entry.lines()), DocumentPath.field(path, "lines"), (line, at) -> lines
			.add(new BudgetLine(
					ImportRun.enumValue(MajorProgramme.class, line.programme(), DocumentPath.field(at, "programme")),
					line.amount())));
		budget.appropriate(lines);
		budget.setSources(entry.sources());
		budget.setPublished(!Boolean.TRUE.equals(entry.draft()));
	}

	private void sideEvent(SideEvent event, AssemblySession session, SessionDocument.SideEventEntry entry,
			String path) {
		event.setSession(session);
		event.setSlug(entry.key());
		event.setHeldOn(entry.heldOn());
		event.setTitle(entry.title());
		event.setSummary(entry.summary());
		ImportRun.replace(event.getOrganizers(),
				this.run.organizations(entry.organizers(), DocumentPath.field(path, "organizers")));
		ImportRun.replace(event.getCosponsors(),
				this.run.states(entry.cosponsors(), DocumentPath.field(path, "cosponsors")));
		event.setSources(entry.sources());
	}

	private void statement(Statement statement, AssemblySession session, SessionDocument.StatementEntry entry,
			String path) {
		broken(path, "summary", Statement.contentRule(entry.quote(), entry.summary()));
		statement.setSession(session);
		statement.setSlug(entry.key());
		statement.setSegment(ImportRun.enumValue(Segment.class, entry.segment(), DocumentPath.field(path, "segment")));
		statement.setDeliveredOn(entry.deliveredOn());
		List<Speaker> speakers = new ArrayList<>();
		ImportRun
			.each(ImportRun.orEmpty(entry.speakers()), DocumentPath.field(path, "speakers"), (speaker, at) -> speakers
				.add(new Speaker(this.run.person(speaker.person(), DocumentPath.field(at, "person")), speaker.role())));
		ImportRun.replace(statement.getSpeakers(), speakers,
				(speaker) -> Arrays.asList(speaker.getPerson(), speaker.getRole()));
		statement.setSpeakerLabel(entry.speakerLabel());
		statement
			.setSpeakerState(this.run.optionalState(entry.speakerState(), DocumentPath.field(path, "speakerState")));
		ImportRun.replace(statement.getOrganizations(),
				this.run.organizations(entry.organizations(), DocumentPath.field(path, "organizations")));
		statement.setOnBehalfLabel(entry.onBehalfLabel());
		ImportRun.replace(statement.getOnBehalfStates(),
				this.run.states(entry.onBehalfStates(), DocumentPath.field(path, "onBehalfStates")));
		statement
			.setSideEvent((entry.sideEvent() != null) ? this.run.inSession(SideEvent.class, session, entry.sideEvent())
				.record()
				.orElseThrow(() -> new InvalidDocumentException(DocumentPath.field(path, "sideEvent"), "no-side-event",
						entry.sideEvent()))
					: null);
		statement.setSituations(ImportRun.orEmpty(entry.situations()));
		ImportRun.replace(statement.getCountries(),
				this.run.states(entry.countries(), DocumentPath.field(path, "countries")));
		statement.setTopics(ImportRun.topics(entry.topics(), DocumentPath.field(path, "topics")));
		statement.setQuote(entry.quote());
		statement.setSummary(entry.summary());
		statement.setLink(entry.link());
		statement.setSources(entry.sources());
		statement.setPublished(!Boolean.TRUE.equals(entry.draft()));
	}

	private void amendment(Amendment amendment, AssemblySession session, SessionDocument.AmendmentEntry entry,
			String path) {
		amendment.adoptedAt(session,
				this.run.optionalResolution(entry.resolution(), DocumentPath.field(path, "resolution")));
		amendment.setSlug(entry.key());
		amendment.setInstrument(
				ImportRun.enumValue(Instrument.class, entry.instrument(), DocumentPath.field(path, "instrument")));
		amendment.setProvision(entry.provision());
		amendment.setSubject(entry.subject());
		amendment.setAdoptedOn(entry.adoptedOn());
		amendment.setSources(entry.sources());
	}

	private void policy(Policy policy, AssemblySession session, SessionDocument.PolicyEntry entry, String path) {
		policy.adoptedAt(session,
				this.run.optionalResolution(entry.resolution(), DocumentPath.field(path, "resolution")));
		policy.setSlug(entry.key());
		policy.setName(entry.name());
		policy.setAdoptedOn(entry.adoptedOn());
		policy.setSummary(entry.summary());
		policy.setSources(entry.sources());
	}

	private void decision(Decision decision, AssemblySession session, SessionDocument.DecisionEntry entry,
			String path) {
		decision.adoptedAt(session,
				this.run.optionalResolution(entry.resolution(), DocumentPath.field(path, "resolution")));
		decision.setSlug(entry.key());
		decision.setKind(ImportRun.enumValue(DecisionKind.class, entry.kind(), DocumentPath.field(path, "kind")));
		decision.setTitle(entry.title());
		decision.setSummary(entry.summary());
		decision.setEffectiveOn(entry.effectiveOn());
		List<SeatAllocation> allocations = new ArrayList<>();
		ImportRun.each(ImportRun.orEmpty(entry.allocations()), DocumentPath.field(path, "allocations"),
				(allocation,
						at) -> allocations.add(new SeatAllocation(
								ImportRun.enumValue(RegionalGroup.class, allocation.regionalGroup(),
										DocumentPath.field(at, "regionalGroup")),
								allocation.seats(), allocation.change())));
		decision.seats(entry.seatsBefore(), entry.seatsAfter(), allocations);
		decision.setSources(entry.sources());
	}

	private void accession(AssemblySession session, SessionDocument.AccessionEntry entry, String path) {
		State state = this.run.state(entry.state(), DocumentPath.field(path, "state"));
		this.run.upsert("accessions", path, this.run.accession(session, state), Accession::new, (accession) -> {
			accession.setSession(session);
			accession.setState(state);
			accession.setNote(entry.note());
			accession.setSources(entry.sources());
		});
	}

}
