package org.asprecords.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.asprecords.budget.MajorProgramme;
import org.asprecords.importer.SessionDocument;
import org.asprecords.importer.SessionDocument.AccessionEntry;
import org.asprecords.importer.SessionDocument.AllocationEntry;
import org.asprecords.importer.SessionDocument.AmendmentEntry;
import org.asprecords.importer.SessionDocument.BudgetEntry;
import org.asprecords.importer.SessionDocument.BudgetLineEntry;
import org.asprecords.importer.SessionDocument.CandidateEntry;
import org.asprecords.importer.SessionDocument.DecisionEntry;
import org.asprecords.importer.SessionDocument.ElectionEntry;
import org.asprecords.importer.SessionDocument.OrganizationEntry;
import org.asprecords.importer.SessionDocument.PersonEntry;
import org.asprecords.importer.SessionDocument.PolicyEntry;
import org.asprecords.importer.SessionDocument.PresidentEntry;
import org.asprecords.importer.SessionDocument.ResolutionEntry;
import org.asprecords.importer.SessionDocument.RoundEntry;
import org.asprecords.importer.SessionDocument.SessionEntry;
import org.asprecords.importer.SessionDocument.SideEventEntry;
import org.asprecords.importer.SessionDocument.SpeakerEntry;
import org.asprecords.importer.SessionDocument.StateEntry;
import org.asprecords.importer.SessionDocument.StatementEntry;
import org.asprecords.opendata.PublishedRecords.InSession;
import org.asprecords.opendata.PublishedRecords.Part;
import org.asprecords.opendata.PublishedRecords.TopicName;
import org.asprecords.opendata.PublishedRecords.Vote;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.RecordPaths.SessionPart;
import org.asprecords.web.api.Links;

/**
 * The files of the open-data archive, one per kind of published record, and parts of
 * records (candidacies, rounds, votes, speakers, seat allocations) in files of their own.
 * Column names are snake_case, as in the CSV downloads of the lists; records point to
 * each other by the keys of their pages (session slug, resolution symbol, person slug),
 * so that files join on them.
 */
final class DataFiles {

	/** The currency of every amount of the programme budgets. */
	static final String CURRENCY = "EUR";

	static final List<DataFile<?>> ALL = List.of(sessions(), presidents(), resolutions(), elections(), candidacies(),
			rounds(), votes(), budgets(), budgetLines(), statements(), speakers(), sideEvents(), amendments(),
			policies(), decisions(), seatAllocations(), accessions(), states(), people(), organizations(), topics());

	private DataFiles() {
	}

	private static DataFile<SessionEntry> sessions() {
		return DataFile.of("sessions", (records) -> records.sessions().map(SessionDocument::session).toList())
			.column("slug", SessionEntry::slug)
			.own("kind", SessionEntry::kind)
			.own("number", SessionEntry::number)
			.own("resumption", SessionEntry::resumption)
			.own("parent", SessionEntry::parent)
			.own("start_date", SessionEntry::startDate)
			// the JSON leaves out the usual precision; a table says it
			.own("start_precision",
					(session) -> (session.startDate() == null) ? null
							: (session.startPrecision() != null) ? session.startPrecision() : "DAY")
			.own("end_date", SessionEntry::endDate)
			.own("date_note", SessionEntry::dateNote)
			.own("venue", SessionEntry::venue)
			.own("city", SessionEntry::city)
			.own("country", SessionEntry::country)
			.column("summary", SessionEntry::summary)
			.column("topics", SessionEntry::topics)
			.column("sources", SessionEntry::sources)
			.column("url", (session) -> Links.absolute(RecordPaths.session(session.slug())));
	}

	private static DataFile<PresidentEntry> presidents() {
		return DataFile
			.of("presidents",
					(records) -> Stream.concat(records.directory().presidents().stream(),
							records.sessions().flatMap((document) -> document.presidents().stream()))
						.toList())
			.column("person", PresidentEntry::person)
			.own("from_session", PresidentEntry::fromSession)
			.own("to_session", PresidentEntry::toSession)
			.own("elected_on", PresidentEntry::electedOn)
			.own("period_note", PresidentEntry::periodNote)
			.column("sources", PresidentEntry::sources);
	}

	private static DataFile<InSession<ResolutionEntry>> resolutions() {
		return DataFile.of("resolutions", (records) -> records.inSessions(SessionDocument::resolutions))
			.own("symbol", (row) -> row.entry().symbol())
			.column("session", InSession::session)
			.column("title", (row) -> row.entry().title())
			.column("adopted_on", (row) -> row.entry().adoptedOn())
			.own("adoption_note", (row) -> row.entry().adoptionNote())
			.own("plenary_meeting", (row) -> row.entry().plenaryMeeting())
			.own("adoption_method", (row) -> row.entry().adoption())
			.own("votes_for", (row) -> row.entry().votesFor())
			.own("votes_against", (row) -> row.entry().votesAgainst())
			.own("votes_abstaining", (row) -> row.entry().votesAbstaining())
			.column("summary", (row) -> row.entry().summary())
			.column("topics", (row) -> row.entry().topics())
			.own("documents", (row) -> row.entry().documents())
			.own("refers_to", (row) -> row.entry().refersTo())
			.column("sources", (row) -> row.entry().sources())
			.column("url", (row) -> Links.absolute(RecordPaths.resolution(row.entry().symbol())));
	}

	private static DataFile<InSession<ElectionEntry>> elections() {
		return DataFile.of("elections", (records) -> records.inSessions(SessionDocument::elections))
			.column("session", InSession::session)
			.column("slug", (row) -> row.entry().key())
			.own("body", (row) -> row.entry().body())
			.own("seats", (row) -> row.entry().seats())
			.own("term_years", (row) -> row.entry().termYears())
			.own("term_start", (row) -> row.entry().termStart())
			.own("term_note", (row) -> row.entry().termNote())
			.column("held_on", (row) -> row.entry().heldOn())
			.own("held_until", (row) -> row.entry().heldUntil())
			.own("method", (row) -> row.entry().method())
			.own("round_count", (row) -> row.entry().roundCount())
			.own("majority_rule", (row) -> row.entry().majorityRule())
			.column("summary", (row) -> row.entry().summary())
			.column("sources", (row) -> row.entry().sources())
			.column("url", (row) -> Links.absolute(RecordPaths.election(row.session(), row.entry().key())));
	}

	private static DataFile<Part<CandidateEntry>> candidacies() {
		return DataFile
			.of("candidacies",
					(records) -> parts(records, SessionDocument::elections, ElectionEntry::key,
							ElectionEntry::candidates))
			.column("session", Part::session)
			.column("election", Part::record)
			.column("position", Part::position)
			.own("person", (row) -> row.entry().person())
			.own("state", (row) -> row.entry().state())
			.own("nationality", (row) -> row.entry().nationality())
			.own("list", (row) -> row.entry().list())
			.column("regional_group", (row) -> row.entry().regionalGroup())
			.own("role", (row) -> row.entry().role())
			.own("outcome", (row) -> row.entry().outcome())
			.own("elected_in_round", (row) -> row.entry().electedInRound())
			.own("incumbent", (row) -> row.entry().incumbent())
			.column("note", (row) -> row.entry().note());
	}

	private static DataFile<Part<RoundEntry>> rounds() {
		return DataFile
			.of("election_rounds",
					(records) -> parts(records, SessionDocument::elections, ElectionEntry::key, ElectionEntry::rounds))
			.column("session", Part::session)
			.column("election", Part::record)
			.column("round", (row) -> row.entry().number())
			.column("held_on", (row) -> row.entry().heldOn())
			.own("ballots_cast", (row) -> row.entry().ballotsCast())
			.own("invalid_ballots", (row) -> row.entry().invalidBallots())
			.own("abstentions", (row) -> row.entry().abstentions())
			.own("valid_ballots", (row) -> row.entry().validBallots())
			.own("required_majority", (row) -> row.entry().requiredMajority())
			.column("note", (row) -> row.entry().note());
	}

	private static DataFile<Vote> votes() {
		return DataFile
			.of("round_votes",
					(records) -> parts(records, SessionDocument::elections, ElectionEntry::key, ElectionEntry::rounds)
						.stream()
						.flatMap((round) -> round.entry()
							.votes()
							.entrySet()
							.stream()
							.map((vote) -> new Vote(round.session(), round.record(), round.entry().number(),
									vote.getKey(), vote.getValue())))
						.toList())
			.column("session", Vote::session)
			.column("election", Vote::election)
			.column("round", Vote::round)
			.own("candidate", Vote::candidate)
			.own("votes", Vote::votes);
	}

	private static DataFile<InSession<BudgetEntry>> budgets() {
		return DataFile.of("programme_budgets", (records) -> records.inSessions(SessionDocument::budgets))
			.own("year", (row) -> row.entry().year())
			.column("session", InSession::session)
			.column("resolution", (row) -> row.entry().resolution())
			.own("currency", (row) -> CURRENCY)
			.own("proposed", (row) -> row.entry().proposed())
			.own("recommended", (row) -> row.entry().recommended())
			.own("approved", (row) -> row.entry().approved())
			.own("approved_excluding_premises", (row) -> row.entry().approvedExcludingPremises())
			.own("premises_component", (row) -> row.entry().premisesComponent())
			.own("stated_change_amount", (row) -> row.entry().statedChangeAmount())
			.own("stated_change_percent", (row) -> row.entry().statedChangePercent())
			.own("contingency_fund_level", (row) -> row.entry().contingencyFundLevel())
			.own("working_capital_fund", (row) -> row.entry().workingCapitalFund())
			.own("staffing", (row) -> row.entry().staffing())
			.own("approximate", (row) -> Boolean.TRUE.equals(row.entry().approximate()))
			.column("note", (row) -> row.entry().note())
			.column("sources", (row) -> row.entry().sources())
			.column("url", (row) -> Links.absolute(RecordPaths.budget(row.entry().year())));
	}

	private static DataFile<Part<BudgetLineEntry>> budgetLines() {
		return DataFile
			.of("programme_budget_lines",
					(records) -> parts(records, SessionDocument::budgets, (budget) -> String.valueOf(budget.year()),
							BudgetEntry::lines))
			.column("session", Part::session)
			.own("year", Part::record)
			.own("major_programme", (row) -> MajorProgramme.valueOf(row.entry().programme()).getCode())
			.own("currency", (row) -> CURRENCY)
			.own("amount", (row) -> row.entry().amount());
	}

	private static DataFile<InSession<StatementEntry>> statements() {
		return DataFile.of("statements", (records) -> records.inSessions(SessionDocument::statements))
			.column("session", InSession::session)
			.column("slug", (row) -> row.entry().key())
			.own("segment", (row) -> row.entry().segment())
			.own("delivered_on", (row) -> row.entry().deliveredOn())
			.own("speaker_label", (row) -> row.entry().speakerLabel())
			.own("speaker_state", (row) -> row.entry().speakerState())
			.own("organizations", (row) -> row.entry().organizations())
			.own("on_behalf_label", (row) -> row.entry().onBehalfLabel())
			.own("on_behalf_states", (row) -> row.entry().onBehalfStates())
			.own("side_event", (row) -> row.entry().sideEvent())
			.own("situations", (row) -> row.entry().situations())
			.own("countries", (row) -> row.entry().countries())
			.column("topics", (row) -> row.entry().topics())
			.own("quote", (row) -> row.entry().quote())
			.column("summary", (row) -> row.entry().summary())
			.own("link", (row) -> row.entry().link())
			.column("sources", (row) -> row.entry().sources())
			.column("url", (row) -> Links.absolute(RecordPaths.statement(row.session(), row.entry().key())));
	}

	private static DataFile<Part<SpeakerEntry>> speakers() {
		return DataFile
			.of("statement_speakers",
					(records) -> parts(records, SessionDocument::statements, StatementEntry::key,
							StatementEntry::speakers))
			.column("session", Part::session)
			.own("statement", Part::record)
			.column("position", Part::position)
			.own("person", (row) -> row.entry().person())
			.own("role", (row) -> row.entry().role());
	}

	private static DataFile<InSession<SideEventEntry>> sideEvents() {
		return DataFile.of("side_events", (records) -> records.inSessions(SessionDocument::sideEvents))
			.column("session", InSession::session)
			.column("slug", (row) -> row.entry().key())
			.column("held_on", (row) -> row.entry().heldOn())
			.column("title", (row) -> row.entry().title())
			.column("summary", (row) -> row.entry().summary())
			.own("organizers", (row) -> row.entry().organizers())
			.own("cosponsors", (row) -> row.entry().cosponsors())
			.column("sources", (row) -> row.entry().sources())
			.column("url", (row) -> sessionPage(row, SessionPart.SIDE_EVENTS, row.entry().key()));
	}

	private static DataFile<InSession<AmendmentEntry>> amendments() {
		return DataFile.of("amendments", (records) -> records.inSessions(SessionDocument::amendments))
			.column("session", InSession::session)
			.column("slug", (row) -> row.entry().key())
			.own("instrument", (row) -> row.entry().instrument())
			.own("provision", (row) -> row.entry().provision())
			.own("subject", (row) -> row.entry().subject())
			.column("resolution", (row) -> row.entry().resolution())
			.column("adopted_on", (row) -> row.entry().adoptedOn())
			.column("sources", (row) -> row.entry().sources())
			.column("url", (row) -> sessionPage(row, SessionPart.AMENDMENTS, row.entry().key()));
	}

	private static DataFile<InSession<PolicyEntry>> policies() {
		return DataFile.of("policies", (records) -> records.inSessions(SessionDocument::policies))
			.column("session", InSession::session)
			.column("slug", (row) -> row.entry().key())
			.column("name", (row) -> row.entry().name())
			.column("resolution", (row) -> row.entry().resolution())
			.column("adopted_on", (row) -> row.entry().adoptedOn())
			.column("summary", (row) -> row.entry().summary())
			.column("sources", (row) -> row.entry().sources())
			.column("url", (row) -> sessionPage(row, SessionPart.POLICIES, row.entry().key()));
	}

	private static DataFile<InSession<DecisionEntry>> decisions() {
		return DataFile.of("decisions", (records) -> records.inSessions(SessionDocument::decisions))
			.column("session", InSession::session)
			.column("slug", (row) -> row.entry().key())
			.own("kind", (row) -> row.entry().kind())
			.column("title", (row) -> row.entry().title())
			.column("summary", (row) -> row.entry().summary())
			.column("resolution", (row) -> row.entry().resolution())
			.own("seats_before", (row) -> row.entry().seatsBefore())
			.own("seats_after", (row) -> row.entry().seatsAfter())
			.own("effective_on", (row) -> row.entry().effectiveOn())
			.column("sources", (row) -> row.entry().sources())
			.column("url", (row) -> sessionPage(row, SessionPart.DECISIONS, row.entry().key()));
	}

	private static DataFile<Part<AllocationEntry>> seatAllocations() {
		return DataFile
			.of("seat_allocations",
					(records) -> parts(records, SessionDocument::decisions, DecisionEntry::key,
							DecisionEntry::allocations))
			.column("session", Part::session)
			.own("decision", Part::record)
			.column("regional_group", (row) -> row.entry().regionalGroup())
			.own("seats", (row) -> row.entry().seats())
			.own("change", (row) -> row.entry().change());
	}

	private static DataFile<InSession<AccessionEntry>> accessions() {
		return DataFile.of("accessions", (records) -> records.inSessions(SessionDocument::accessions))
			.column("session", InSession::session)
			.own("state", (row) -> row.entry().state())
			.column("note", (row) -> row.entry().note())
			.column("sources", (row) -> row.entry().sources());
	}

	private static DataFile<StateEntry> states() {
		return DataFile.of("states", (records) -> records.directory().states())
			.column("slug", StateEntry::slug)
			.column("name", StateEntry::name)
			.own("code", StateEntry::code)
			.column("alternative_names", StateEntry::alternativeNames)
			.column("regional_group", StateEntry::regionalGroup)
			.own("signed_on", StateEntry::signedOn)
			.own("joined_on", StateEntry::joinedOn)
			.own("joined_by", StateEntry::joinedBy)
			.own("party_since", StateEntry::partySince)
			.own("party_ordinal", StateEntry::partyOrdinal)
			.own("status_note", StateEntry::statusNote)
			.column("sources", StateEntry::sources)
			.column("url", (state) -> Links.absolute(RecordPaths.state(state.slug())));
	}

	private static DataFile<PersonEntry> people() {
		return DataFile.of("people", (records) -> records.directory().people())
			.column("slug", PersonEntry::slug)
			.column("name", PersonEntry::name)
			.own("honorific", PersonEntry::honorific)
			.own("grammatical_gender", PersonEntry::grammaticalGender)
			.column("alternative_names", PersonEntry::alternativeNames)
			.own("nationality", PersonEntry::nationality)
			.column("note", PersonEntry::note)
			.column("sources", PersonEntry::sources)
			.column("url", (person) -> Links.absolute(RecordPaths.person(person.slug())));
	}

	private static DataFile<OrganizationEntry> organizations() {
		return DataFile.of("organizations", (records) -> records.directory().organizations())
			.column("slug", OrganizationEntry::slug)
			.column("name", OrganizationEntry::name)
			.own("acronym", OrganizationEntry::acronym)
			.own("kind", OrganizationEntry::kind)
			.own("parent", OrganizationEntry::parent)
			.own("country", OrganizationEntry::country)
			.column("alternative_names", OrganizationEntry::alternativeNames)
			.column("note", OrganizationEntry::note)
			.column("sources", OrganizationEntry::sources)
			.column("url", (organization) -> Links.absolute(RecordPaths.organization(organization.slug())));
	}

	private static DataFile<TopicName> topics() {
		return DataFile.of("topics", PublishedRecords::topics)
			.own("key", TopicName::key)
			.own("name_en", TopicName::english)
			.own("name_fr", TopicName::french);
	}

	/**
	 * The parts of the records of one list of every session (the candidates of each
	 * election), each with its session, its record's key and its place in the record.
	 */
	private static <R, P> List<Part<P>> parts(PublishedRecords records, Function<SessionDocument, List<R>> list,
			Function<R, String> key, Function<R, List<P>> parts) {
		List<Part<P>> all = new ArrayList<>();
		for (InSession<R> row : records.inSessions(list)) {
			List<P> entries = parts.apply(row.entry());
			IntStream.range(0, entries.size())
				.forEach((i) -> all.add(new Part<>(row.session(), key.apply(row.entry()), i + 1, entries.get(i))));
		}
		return all;
	}

	private static String sessionPage(InSession<?> row, SessionPart part, String slug) {
		return Links.absolute(RecordPaths.sessionPart(row.session(), part, slug));
	}

}
