package org.asprecords.overview.state;

import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordsCache;
import org.asprecords.election.ElectionRepository;
import org.asprecords.organization.OrganizationRepository;
import org.asprecords.outcome.AccessionRepository;
import org.asprecords.outcome.SideEventRepository;
import org.asprecords.person.PersonRepository;
import org.asprecords.state.State;
import org.asprecords.state.StateRepository;
import org.asprecords.statement.StatementRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

	private final StateRepository states;

	private final PersonRepository people;

	private final ElectionRepository elections;

	private final StatementRepository statements;

	private final SideEventRepository sideEvents;

	private final AccessionRepository accessions;

	private final OrganizationRepository organizations;

	private final RecordsCache cache;

	StateDirectory(StateRepository states, PersonRepository people, ElectionRepository elections,
			StatementRepository statements, SideEventRepository sideEvents, AccessionRepository accessions,
			OrganizationRepository organizations, RecordsCache cache) {
		this.states = states;
		this.people = people;
		this.elections = elections;
		this.statements = statements;
		this.sideEvents = sideEvents;
		this.accessions = accessions;
		this.organizations = organizations;
		this.cache = cache;
	}

	/**
	 * A page of States by name. How many there are is kept until the records change
	 * ({@link RecordsCache}): counting reads every row.
	 */
	Page<State> alphabetically(Pageable pageable) {
		return new PageImpl<>(this.states.findAlphabetically(pageable), pageable,
				this.cache.get("states-shown", this.states::count));
	}

	/**
	 * One State with everything that refers to it.
	 * @throws NotFoundException if no State has the slug
	 */
	StateProfile profile(String slug) {
		State state = this.states.findBySlug(slug).orElseThrow(() -> new NotFoundException("state"));
		return new StateProfile(state, this.people.findByNationalityOrderByName(state),
				this.elections.findCandidaciesOfState(state), this.statements.findDeliveredBy(state),
				this.statements.findOnBehalfOf(state), this.statements.findConcerning(state),
				this.sideEvents.findCosponsoredBy(state), this.accessions.findByStateWithSession(state),
				this.organizations.findByCountryOrderByName(state));
	}

}
