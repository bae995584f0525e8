package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.organization.Organization;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features read side events, amendments, policies, decisions and accessions:
 * the repositories stay inside this package, so that every query on them is written here.
 * A page's record is read with its session ({@code page}), as its address names both.
 */
@Service
@Transactional(readOnly = true)
public class Outcomes {

	private final SideEventRepository sideEvents;

	private final AmendmentRepository amendments;

	private final PolicyRepository policies;

	private final DecisionRepository decisions;

	private final AccessionRepository accessions;

	Outcomes(SideEventRepository sideEvents, AmendmentRepository amendments, PolicyRepository policies,
			DecisionRepository decisions, AccessionRepository accessions) {
		this.sideEvents = sideEvents;
		this.amendments = amendments;
		this.policies = policies;
		this.decisions = decisions;
		this.accessions = accessions;
	}

	public Optional<SideEvent> sideEventPage(String session, String slug) {
		return this.sideEvents.findPage(session, slug);
	}

	public Optional<Amendment> amendmentPage(String session, String slug) {
		return this.amendments.findPage(session, slug);
	}

	public Optional<Policy> policyPage(String session, String slug) {
		return this.policies.findPage(session, slug);
	}

	public Optional<Decision> decisionPage(String session, String slug) {
		return this.decisions.findPage(session, slug);
	}

	public Optional<SideEvent> sideEvent(long id) {
		return this.sideEvents.findById(id);
	}

	public List<SideEvent> sideEventsOf(AssemblySession session, Pageable pageable) {
		return this.sideEvents.findBySession(session, pageable);
	}

	public List<Amendment> amendmentsOf(AssemblySession session, Pageable pageable) {
		return this.amendments.findBySession(session, pageable);
	}

	public List<Policy> policiesOf(AssemblySession session, Pageable pageable) {
		return this.policies.findBySession(session, pageable);
	}

	public List<Decision> decisionsOf(AssemblySession session, Pageable pageable) {
		return this.decisions.findBySession(session, pageable);
	}

	public List<Accession> accessionsOf(AssemblySession session, Pageable pageable) {
		return this.accessions.findBySession(session, pageable);
	}

	/** A State's accessions, each with its session. */
	public List<Accession> accessionsOf(State state) {
		return this.accessions.findByStateWithSession(state);
	}

	public List<SideEvent> cosponsoredBy(State state) {
		return this.sideEvents.findCosponsoredBy(state);
	}

	public List<SideEvent> organizedBy(Organization organization) {
		return this.sideEvents.findOrganizedBy(organization);
	}

}
