package org.asprecords.overview.outcome;

import org.asprecords.db.NotFoundException;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.AmendmentRepository;
import org.asprecords.outcome.DecisionRepository;
import org.asprecords.outcome.Policy;
import org.asprecords.outcome.PolicyRepository;
import org.asprecords.outcome.SideEvent;
import org.asprecords.outcome.SideEventRepository;
import org.asprecords.statement.StatementRepository;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the outcomes of sessions besides resolutions for their pages, each in a fixed
 * number of queries: an amendment, a policy or a decision in one, a side event in four
 * (the event, its organizers, its co-sponsors, the statements given at it).
 */
@Service
@Transactional(readOnly = true)
class OutcomeCatalog {

	private final SideEventRepository sideEvents;

	private final AmendmentRepository amendments;

	private final PolicyRepository policies;

	private final DecisionRepository decisions;

	private final StatementRepository statements;

	OutcomeCatalog(SideEventRepository sideEvents, AmendmentRepository amendments, PolicyRepository policies,
			DecisionRepository decisions, StatementRepository statements) {
		this.sideEvents = sideEvents;
		this.amendments = amendments;
		this.policies = policies;
		this.decisions = decisions;
		this.statements = statements;
	}

	/**
	 * @throws NotFoundException if the session or the event is unknown
	 */
	SideEventPage sideEvent(String sessionSlug, String slug) {
		SideEvent event = this.sideEvents.findPage(sessionSlug, slug)
			.orElseThrow(() -> new NotFoundException("side event"));
		Hibernate.initialize(event.getOrganizers());
		Hibernate.initialize(event.getCosponsors());
		return new SideEventPage(event, this.statements.findAtSideEvent(event));
	}

	/**
	 * @throws NotFoundException if the session or the amendment is unknown
	 */
	Amendment amendment(String sessionSlug, String slug) {
		return this.amendments.findPage(sessionSlug, slug).orElseThrow(() -> new NotFoundException("amendment"));
	}

	/**
	 * @throws NotFoundException if the session or the policy is unknown
	 */
	Policy policy(String sessionSlug, String slug) {
		return this.policies.findPage(sessionSlug, slug).orElseThrow(() -> new NotFoundException("policy"));
	}

	/**
	 * @throws NotFoundException if the session or the decision is unknown
	 */
	DecisionPage decision(String sessionSlug, String slug) {
		return DecisionPage
			.of(this.decisions.findPage(sessionSlug, slug).orElseThrow(() -> new NotFoundException("decision")));
	}

}
