package org.asprecords.overview.state;

import java.util.List;

import org.asprecords.db.NotFoundException;
import org.asprecords.election.ElectionCatalog;
import org.asprecords.organization.Organizations;
import org.asprecords.outcome.Outcomes;
import org.asprecords.overview.Profile;
import org.asprecords.overview.ProfileLists;
import org.asprecords.overview.ProfileRecords;
import org.asprecords.person.People;
import org.asprecords.state.State;
import org.asprecords.state.States;
import org.asprecords.statement.StatementCatalog;
import org.asprecords.statement.StatementRelation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads States for the public pages: a page of the list in two queries; one State's page
 * in two (the State, how many records each of its lists holds, kept until a save) and one
 * for each of its lists that holds any, bounded by what the page shows
 * ({@link ProfileLists}).
 */
@Service
@Transactional(readOnly = true)
class StateDirectory {

	private final States states;

	private final ProfileLists lists;

	private final People people;

	private final ElectionCatalog elections;

	private final StatementCatalog statements;

	private final Outcomes outcomes;

	private final Organizations organizations;

	StateDirectory(States states, ProfileLists lists, People people, ElectionCatalog elections,
			StatementCatalog statements, Outcomes outcomes, Organizations organizations) {
		this.states = states;
		this.lists = lists;
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
	 * One State with the first records of each list.
	 * @throws NotFoundException if no State has the slug
	 */
	Profile<State, StateList> profile(String slug) {
		State state = state(slug);
		return this.lists.profile(state, state.getId(), StateList.class,
				(list, pageable) -> read(state, list, pageable));
	}

	/**
	 * A page of one of a State's lists.
	 * @throws NotFoundException if no State has the slug
	 */
	ProfileRecords<State, StateList> records(String slug, StateList list, Pageable pageable) {
		State state = state(slug);
		return this.lists.records(state, state.getId(), list, pageable, (kind, page) -> read(state, kind, page));
	}

	private State state(String slug) {
		return this.states.bySlug(slug).orElseThrow(() -> new NotFoundException("state"));
	}

	private List<?> read(State state, StateList list, Pageable pageable) {
		return switch (list) {
			case ACCESSIONS -> this.outcomes.accessionsOf(state, pageable);
			case CANDIDACIES -> this.elections.candidaciesOf(state, pageable);
			case STATEMENTS_DELIVERED -> this.statements.page(StatementRelation.DELIVERED_BY, state.getId(), pageable);
			case STATEMENTS_ON_BEHALF -> this.statements.page(StatementRelation.ON_BEHALF_OF, state.getId(), pageable);
			case STATEMENTS_CONCERNING -> this.statements.page(StatementRelation.CONCERNING, state.getId(), pageable);
			case SIDE_EVENTS -> this.outcomes.cosponsoredBy(state, pageable);
			case PEOPLE -> this.people.ofNationality(state, pageable);
			case ORGANIZATIONS -> this.organizations.basedIn(state, pageable);
		};
	}

}
