package org.asprecords.session;

import java.util.List;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.election.Election;
import org.asprecords.outcome.Accession;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.Policy;
import org.asprecords.outcome.SideEvent;
import org.asprecords.resolution.Resolution;
import org.asprecords.statement.Statement;

/**
 * Everything a session's page shows: the session and every outcome recorded for it.
 */
public record SessionOverview(AssemblySession session, List<AssemblySession> resumptions,
		List<AssemblyPresident> presidents, List<Resolution> resolutions, List<Election> elections,
		List<ProgrammeBudget> budgets, List<Statement> statements, List<SideEvent> sideEvents,
		List<Amendment> amendments, List<Policy> policies, List<Decision> decisions, List<Accession> accessions) {

	public boolean hasOutcomes() {
		return !(this.resolutions.isEmpty() && this.elections.isEmpty() && this.budgets.isEmpty()
				&& this.statements.isEmpty() && this.sideEvents.isEmpty() && this.amendments.isEmpty()
				&& this.policies.isEmpty() && this.decisions.isEmpty() && this.accessions.isEmpty());
	}

}
