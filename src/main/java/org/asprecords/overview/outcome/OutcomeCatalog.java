package org.asprecords.overview.outcome;

import org.asprecords.db.NotFoundException;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Policy;
import org.asprecords.outcome.SideEvent;
import org.asprecords.outcome.Outcomes;
import org.asprecords.statement.StatementCatalog;
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

	private final Outcomes outcomes;

	private final StatementCatalog statements;

	OutcomeCatalog(Outcomes outcomes, StatementCatalog statements) {
		this.outcomes = outcomes;
		this.statements = statements;
	}

	/**
	 * @throws NotFoundException if the session or the event is unknown
	 */
	SideEventPage sideEvent(String sessionSlug, String slug) {
		SideEvent event = this.outcomes.sideEventPage(sessionSlug, slug)
			.orElseThrow(() -> new NotFoundException("side event"));
		Hibernate.initialize(event.getOrganizers());
		Hibernate.initialize(event.getCosponsors());
		return new SideEventPage(event, this.statements.atSideEvent(event));
	}

	/**
	 * @throws NotFoundException if the session or the amendment is unknown
	 */
	Amendment amendment(String sessionSlug, String slug) {
		return this.outcomes.amendmentPage(sessionSlug, slug).orElseThrow(() -> new NotFoundException("amendment"));
	}

	/**
	 * @throws NotFoundException if the session or the policy is unknown
	 */
	Policy policy(String sessionSlug, String slug) {
		return this.outcomes.policyPage(sessionSlug, slug).orElseThrow(() -> new NotFoundException("policy"));
	}

	/**
	 * @throws NotFoundException if the session or the decision is unknown
	 */
	DecisionPage decision(String sessionSlug, String slug) {
		return DecisionPage
			.of(this.outcomes.decisionPage(sessionSlug, slug).orElseThrow(() -> new NotFoundException("decision")));
	}

}
