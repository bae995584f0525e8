package org.asprecords.overview.session;

import java.util.List;
import java.util.stream.Stream;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.election.SessionElection;
import org.asprecords.outcome.OutcomeLines.AccessionLine;
import org.asprecords.outcome.OutcomeLines.AmendmentLine;
import org.asprecords.outcome.OutcomeLines.DecisionLine;
import org.asprecords.outcome.OutcomeLines.PolicyLine;
import org.asprecords.outcome.OutcomeLines.SideEventLine;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.PresidentListing;
import org.asprecords.statement.SessionStatement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * What a session's page shows: the session and the first {@link #SHOWN} outcomes of each
 * kind recorded for it, each with how many there are in all, so that the page stays the
 * same size however many a session has (a real session has 6 to 15 resolutions; the page
 * links to the rest).
 * <p>
 * {@link #SHOWN} is at least the most outcomes of one kind any shipped session has (14
 * statements at the 22nd), so that a real session's page shows all of them, and small
 * enough that a session with a hundred times more costs little more to render.
 */
public record SessionOverview(AssemblySession session, List<AssemblySession> resumptions,
		List<PresidentListing> presidents, Page<Resolution> resolutions, Page<SessionElection> elections,
		Page<ProgrammeBudget> budgets, Page<SessionStatement> statements, Page<SideEventLine> sideEvents,
		Page<AmendmentLine> amendments, Page<PolicyLine> policies, Page<DecisionLine> decisions,
		Page<AccessionLine> accessions) {

	/** How many outcomes of each kind the page shows at most. */
	public static final int SHOWN = 15;

	/** The first of a session's outcomes of one kind, as many as the page shows. */
	public static final Pageable FIRST = PageRequest.of(0, SHOWN);

	/** How many outcomes of each kind the session has. */
	public OutcomeCounts counts() {
		return new OutcomeCounts(this.resolutions.getTotalElements(), this.elections.getTotalElements(),
				this.budgets.getTotalElements(), this.statements.getTotalElements(), this.sideEvents.getTotalElements(),
				this.amendments.getTotalElements(), this.policies.getTotalElements(), this.decisions.getTotalElements(),
				this.accessions.getTotalElements());
	}

	public boolean hasOutcomes() {
		return Stream
			.of(this.resolutions, this.elections, this.budgets, this.statements, this.sideEvents, this.amendments,
					this.policies, this.decisions, this.accessions)
			.anyMatch(Page::hasContent);
	}

}
