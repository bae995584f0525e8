package org.asprecords.overview.state;

import org.asprecords.election.ElectionCatalog;
import org.asprecords.organization.Organizations;
import org.asprecords.outcome.Outcomes;
import org.asprecords.overview.ProfileList;
import org.asprecords.person.People;
import org.asprecords.statement.StatementRelation;

/**
 * The lists of a State's page, in its order: every record that refers to the State.
 */
public enum StateList implements ProfileList {

	/** Its ratification or accession, as announced at a session. */
	ACCESSIONS(Outcomes.ACCESSIONS_OF),

	/** Candidacies of the State itself (Bureau seats) or of its nationals. */
	CANDIDACIES(ElectionCatalog.CANDIDACIES_OF_STATE),

	STATEMENTS_DELIVERED(StatementRelation.DELIVERED_BY.count()),

	/** Statements delivered on its behalf, alone or jointly. */
	STATEMENTS_ON_BEHALF(StatementRelation.ON_BEHALF_OF.count()),

	STATEMENTS_CONCERNING(StatementRelation.CONCERNING.count()),

	SIDE_EVENTS(Outcomes.COSPONSORED_BY),

	/** People of its nationality. */
	PEOPLE(People.OF_NATIONALITY),

	/** Organizations based there. */
	ORGANIZATIONS(Organizations.BASED_IN);

	private final String count;

	StateList(String count) {
		this.count = count;
	}

	@Override
	public String count() {
		return this.count;
	}

}
