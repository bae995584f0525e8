package org.asprecords.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.asprecords.budget.ProgrammeBudgetRepository;
import org.asprecords.election.ElectionRepository;
import org.asprecords.outcome.AccessionRepository;
import org.asprecords.outcome.AmendmentRepository;
import org.asprecords.outcome.DecisionRepository;
import org.asprecords.outcome.PolicyRepository;
import org.asprecords.outcome.SideEventRepository;
import org.asprecords.resolution.ResolutionRepository;
import org.asprecords.statement.StatementRepository;
import org.asprecords.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads sessions for the public pages, each page in a fixed number of queries whatever
 * the size of the record.
 */
@Service
@Transactional(readOnly = true)
public class SessionCatalog {

	private final AssemblySessionRepository sessions;

	private final AssemblyPresidentRepository presidents;

	private final ResolutionRepository resolutions;

	private final ElectionRepository elections;

	private final ProgrammeBudgetRepository budgets;

	private final StatementRepository statements;

	private final SideEventRepository sideEvents;

	private final AmendmentRepository amendments;

	private final PolicyRepository policies;

	private final DecisionRepository decisions;

	private final AccessionRepository accessions;

	SessionCatalog(AssemblySessionRepository sessions, AssemblyPresidentRepository presidents,
			ResolutionRepository resolutions, ElectionRepository elections, ProgrammeBudgetRepository budgets,
			StatementRepository statements, SideEventRepository sideEvents, AmendmentRepository amendments,
			PolicyRepository policies, DecisionRepository decisions, AccessionRepository accessions) {
		this.sessions = sessions;
		this.presidents = presidents;
		this.resolutions = resolutions;
		this.elections = elections;
		this.budgets = budgets;
		this.statements = statements;
		this.sideEvents = sideEvents;
		this.amendments = amendments;
		this.policies = policies;
		this.decisions = decisions;
		this.accessions = accessions;
	}

	/**
	 * A page of sessions, newest first; the count is always queried, so that every page
	 * costs the same.
	 */
	public Page<AssemblySession> newestFirst(Pageable pageable) {
		return new PageImpl<>(this.sessions.findNewestFirst(pageable), pageable, this.sessions.countShown());
	}

	public SessionOverview overview(String slug) {
		AssemblySession session = this.sessions.findWithParentBySlug(slug)
			.orElseThrow(() -> new NotFoundException("session"));
		return new SessionOverview(session, this.sessions.findResumptions(session), presidentsOf(session),
				this.resolutions.findBySession(session), this.elections.findWithCandidatesBySession(session),
				this.budgets.findBySession(session), this.statements.findBySession(session),
				this.sideEvents.findBySession(session), this.amendments.findBySession(session),
				this.policies.findBySession(session), this.decisions.findBySession(session),
				this.accessions.findBySession(session));
	}

	public List<AssemblyPresident> allPresidents() {
		return this.presidents.findAllInOrder();
	}

	/**
	 * The latest session that has begun by {@code today}, and the first one after it, if
	 * any is announced.
	 */
	public Optional<AssemblySession> latest(LocalDate today) {
		return this.sessions.findFirstByStartDateLessThanEqualOrderByStartDateDesc(today);
	}

	public Optional<AssemblySession> next(LocalDate today) {
		return this.sessions.findFirstByStartDateGreaterThanOrderByStartDateAsc(today);
	}

	/**
	 * The Presidents whose period covers the session, judged by the sessions' start
	 * dates.
	 */
	private List<AssemblyPresident> presidentsOf(AssemblySession session) {
		LocalDate start = session.getStartDate();
		if (start == null) {
			return List.of();
		}
		return this.presidents.findAllInOrder()
			.stream()
			.filter((president) -> president.getFromSession() == null
					|| (president.getFromSession().getStartDate() != null
							&& !president.getFromSession().getStartDate().isAfter(start)))
			.filter((president) -> (president.getToSession() == null) ? president.getFromSession() != null
					: president.getToSession().getStartDate() != null
							&& !president.getToSession().getStartDate().isBefore(start))
			.toList();
	}

}
