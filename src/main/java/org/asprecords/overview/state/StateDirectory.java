package org.asprecords.overview.state;

import org.asprecords.db.NotFoundException;
import org.asprecords.election.ElectionCatalog;
import org.asprecords.organization.Organizations;
import org.asprecords.outcome.Outcomes;
import org.asprecords.person.People;
import org.asprecords.state.State;
import org.asprecords.state.States;
import org.asprecords.statement.StatementCatalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads States for the public pages: a page of the list in two queries, one State's page
 * in nine (the State, then one query for each kind of record that refers to it).
 */
@Service
@Transactional(readOnly = true)
class StateDirectory {

	private final States states;

	private final People people;

	private final ElectionCatalog elections;

	private final StatementCatalog statements;

	private final Outcomes outcomes;

	private final Organizations organizations;

	StateDirectory(States states, People people, ElectionCatalog elections, StatementCatalog statements,
			Outcomes outcomes, Organizations organizations) {
		this.states = states;
		this.people = people;
		this.elections = elections;
		this.statements = statements;
		this.outcomes = outcomes;
		this.organizations = organizations;
	}

	Page<State> alphabetically(Pageable pageable) {
		return this.states.alphabetically(pageable);
	}

	/**
	 * One State with everything that refers to it.
	 * @throws NotFoundException if no State has the slug
	 */
	StateProfile profile(String slug) {
		State state = this.states.bySlug(slug).orElseThrow(() -> new NotFoundException("state"));
		return new StateProfile(state, this.people.ofNationality(state), this.elections.candidaciesOf(state),
				this.statements.deliveredBy(state), this.statements.onBehalfOf(state),
				this.statements.concerning(state), this.outcomes.cosponsoredBy(state),
				this.outcomes.accessionsOf(state), this.organizations.basedIn(state));
	}

}
