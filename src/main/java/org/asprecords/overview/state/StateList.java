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
	ACCESSIONS("accessions", Outcomes.ACCESSIONS_OF),

	/** Candidacies of the State itself (Bureau seats) or of its nationals. */
	CANDIDACIES("candidacies", ElectionCatalog.CANDIDACIES_OF_STATE),

	STATEMENTS_DELIVERED("statements-delivered", StatementRelation.DELIVERED_BY.count()),

	/** Statements delivered on its behalf, alone or jointly. */
	STATEMENTS_ON_BEHALF("statements-on-behalf", StatementRelation.ON_BEHALF_OF.count()),

	STATEMENTS_CONCERNING("statements-concerning", StatementRelation.CONCERNING.count()),

	SIDE_EVENTS("side-events", Outcomes.COSPONSORED_BY),

	/** People of its nationality. */
	PEOPLE("people", People.OF_NATIONALITY),

	/** Organizations based there. */
	ORGANIZATIONS("organizations", Organizations.BASED_IN);

	private final String path;

	private final String count;

	StateList(String path, String count) {
		this.path = path;
		this.count = count;
	}

	@Override
	public String getPath() {
		return this.path;
	}

	@Override
	public String count() {
		return this.count;
	}

}
