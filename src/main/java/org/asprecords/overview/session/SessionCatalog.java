package org.asprecords.overview.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.asprecords.budget.BudgetCatalog;
import org.asprecords.db.CountedPage;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordsCache;
import org.asprecords.db.Visibility;
import org.asprecords.election.SessionElections;
import org.asprecords.outcome.OutcomeLines.Lines;
import org.asprecords.outcome.OutcomeLines;
import org.asprecords.outcome.Outcomes;
import org.asprecords.resolution.ResolutionCatalog;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.PresidentListing;
import org.asprecords.session.PresidentRoll;
import org.asprecords.session.Sessions;
import org.asprecords.statement.SessionStatements;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads sessions for the public pages, each page in a fixed number of queries whatever
 * the size of the record.
 */
@Service
@Transactional(readOnly = true)
public class SessionCatalog {

	/** The tables of the outcomes counted, in the order of {@link OutcomeCounts}. */
	private static final List<String> COUNTED = List.of("resolution", "election", "programme_budget", "statement",
			"side_event", "amendment", "policy", "decision", "accession");

	/**
	 * Counted with the outcomes for a session's page: its resumptions (sessions whose
	 * parent it is), so that a session without any (most of them) costs no query for
	 * them.
	 */
	private static final String RESUMPTIONS = "resumptions";

	/** What a session's page counts: {@link #COUNTED}, then {@link #RESUMPTIONS}. */
	private static final List<String> COUNTED_ON_PAGE = Stream.concat(COUNTED.stream(), Stream.of(RESUMPTIONS))
		.toList();

	private final Sessions sessions;

	private final PresidentRoll presidents;

	private final ResolutionCatalog resolutions;

	private final SessionElections sessionElections;

	private final BudgetCatalog budgets;

	private final SessionStatements sessionStatements;

	private final Outcomes outcomes;

	private final OutcomeLines outcomeLines;

	private final JdbcClient jdbc;

	private final RecordsCache cache;

	SessionCatalog(Sessions sessions, PresidentRoll presidents, ResolutionCatalog resolutions,
			SessionElections sessionElections, BudgetCatalog budgets, SessionStatements sessionStatements,
			Outcomes outcomes, OutcomeLines outcomeLines, JdbcClient jdbc, RecordsCache cache) {
		this.sessions = sessions;
		this.presidents = presidents;
		this.resolutions = resolutions;
		this.sessionElections = sessionElections;
		this.budgets = budgets;
		this.sessionStatements = sessionStatements;
		this.outcomes = outcomes;
		this.outcomeLines = outcomeLines;
		this.jdbc = jdbc;
		this.cache = cache;
	}

	public Page<AssemblySession> newestFirst(Pageable pageable) {
		return this.sessions.newestFirst(pageable);
	}

	/**
	 * A session's page: the first outcomes of each kind ({@link SessionOverview#SHOWN})
	 * and how many there are, in a fixed number of queries: one counts them all and the
	 * session's resumptions (kept until a save), then resolutions, budgets and
	 * resumptions one each, elections one (with whom they elected), statements two (the
	 * page, then the names of their speakers), and one for the five smaller kinds
	 * together ({@link OutcomeLines}); a kind the session lacks costs none. Elections,
	 * statements and the smaller kinds are read as the lines the page shows.
	 */
	public SessionOverview overview(String slug) {
		AssemblySession session = this.sessions.withParent(slug).orElseThrow(() -> new NotFoundException("session"));
		List<Long> counted = count(session, COUNTED_ON_PAGE);
		OutcomeCounts counts = OutcomeCounts.of(counted);
		long resumptions = counted.get(COUNTED.size());
		Pageable first = SessionOverview.FIRST;
		// One query for the five smaller kinds, run only if the session has any of them.
		Supplier<Lines> lines = SingletonSupplier
			.of(() -> this.outcomeLines.first(session.getId(), first.getPageSize()));
		return new SessionOverview(session, (resumptions > 0) ? this.sessions.resumptionsOf(session, first) : List.of(),
				presidentsOf(session),
				CountedPage.of(counts.resolutions(), first, () -> this.resolutions.ofSession(session, first)),
				CountedPage.of(counts.elections(), first, () -> this.sessionElections.page(session.getId(), first)),
				CountedPage.of(counts.budgets(), first, () -> this.budgets.ofSession(session, first)),
				CountedPage.of(counts.statements(), first, () -> this.sessionStatements.page(session.getId(), first)),
				CountedPage.of(counts.sideEvents(), first, () -> lines.get().sideEvents()),
				CountedPage.of(counts.amendments(), first, () -> lines.get().amendments()),
				CountedPage.of(counts.policies(), first, () -> lines.get().policies()),
				CountedPage.of(counts.decisions(), first, () -> lines.get().decisions()),
				CountedPage.of(counts.accessions(), first, () -> lines.get().accessions()));
	}

	/**
	 * What each session of a list holds, by kind, in one query for the whole list, kept
	 * until the records change ({@link RecordsCache}).
	 */
	public Map<Long, OutcomeCounts> holdings(List<AssemblySession> sessions) {
		if (sessions.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = sessions.stream().map(AssemblySession::getId).toList();
		return this.cache.get("session-holdings/" + ids, () -> holdingsNow(ids));
	}

	private Map<Long, OutcomeCounts> holdingsNow(List<Long> ids) {
		Map<Long, OutcomeCounts> holdings = new HashMap<>();
		countNow(ids, COUNTED).forEach((id, counted) -> holdings.put(id, OutcomeCounts.of(counted)));
		return Map.copyOf(holdings);
	}

	/**
	 * A page of a session's outcomes of one kind.
	 * @throws NotFoundException if the session is unknown
	 */
	public SessionOutcomes outcomes(String slug, OutcomeList kind, Pageable pageable) {
		AssemblySession session = this.sessions.withParent(slug).orElseThrow(() -> new NotFoundException("session"));
		long total = count(session, List.of(kind.getTable())).get(0);
		Page<?> page = switch (kind) {
			case SIDE_EVENTS -> CountedPage.of(total, pageable, () -> this.outcomes.sideEventsOf(session, pageable));
			case AMENDMENTS -> CountedPage.of(total, pageable, () -> this.outcomes.amendmentsOf(session, pageable));
			case POLICIES -> CountedPage.of(total, pageable, () -> this.outcomes.policiesOf(session, pageable));
			case DECISIONS -> CountedPage.of(total, pageable, () -> this.outcomes.decisionsOf(session, pageable));
			case ACCESSIONS ->
				CountedPage.of(total, pageable, () -> this.outcomeLines.accessions(session.getId(), pageable));
		};
		return new SessionOutcomes(session, kind, page);
	}

	/**
	 * How many records of each table (outcomes of a session) the public sees of a
	 * session, in one query, in the order of the tables. Native SQL, so the public's
	 * conditions are spelled out ({@link Visibility}), on the session's row once rather
	 * than for each outcome. Kept until the records change ({@link RecordsCache}):
	 * counting reads every outcome of the session, however many the page shows.
	 */
	private List<Long> count(AssemblySession session, List<String> tables) {
		return this.cache.get("session-outcome-counts/" + session.getId() + "/" + String.join(",", tables),
				() -> countNow(session, tables));
	}

	private List<Long> countNow(AssemblySession session, List<String> tables) {
		return countNow(List.of(session.getId()), tables).get(session.getId());
	}

	/**
	 * How many records of each table the public sees of each of these sessions, in one
	 * query, by session id, in the order of the tables.
	 */
	private Map<Long, List<Long>> countNow(List<Long> ids, List<String> tables) {
		String counts = tables.stream()
			.map((table) -> table.equals(RESUMPTIONS)
					? "(select count(*) from assembly_session x where x.parent_id = s.id and "
							+ Visibility.of("x", false) + ")"
					: "(select count(*) from " + table + " x where x.session_id = s.id and " + Visibility.of("x", "s")
							+ OutcomeLines.alsoShownIf(table) + ")")
			.collect(Collectors.joining(", "));
		Map<Long, List<Long>> counted = new HashMap<>();
		this.jdbc.sql("select s.id, " + counts + " from assembly_session s where s.id in (:ids)")
			.param("ids", ids)
			.query((row) -> {
				List<Long> values = new ArrayList<>();
				for (int column = 2; column <= tables.size() + 1; column++) {
					values.add(row.getLong(column));
				}
				counted.put(row.getLong(1), List.copyOf(values));
			});
		return counted;
	}

	/**
	 * The latest session that has begun by {@code today}, and the first one after it, if
	 * any is announced.
	 */
	public Optional<AssemblySession> latest(LocalDate today) {
		return this.sessions.latest(today);
	}

	public Optional<AssemblySession> next(LocalDate today) {
		return this.sessions.next(today);
	}

	/**
	 * The Presidents whose period covers the session, judged by the sessions' start
	 * dates: one or two in the records, never more than the page shows of a kind. Kept
	 * until the records change ({@link RecordsCache}): finding them reads every
	 * presidency with its sessions, however few cover this one (1.5 ms of a session
	 * page's database time at 100× the records).
	 */
	private List<PresidentListing> presidentsOf(AssemblySession session) {
		LocalDate start = session.getStartDate();
		return (start != null) ? this.cache.get("presidents-covering/" + start,
				() -> List.copyOf(this.presidents.covering(start, SessionOverview.SHOWN))) : List.of();
	}

}
