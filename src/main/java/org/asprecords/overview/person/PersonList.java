package org.asprecords.overview.person;

import org.asprecords.election.ElectionCatalog;
import org.asprecords.overview.ProfileList;
import org.asprecords.session.PresidentRoll;
import org.asprecords.statement.StatementRelation;

/**
 * The lists of a person's page, in its order.
 */
public enum PersonList implements ProfileList {

	/** Their terms as President of the Assembly. */
	PRESIDENCIES(PresidentRoll.OF_PERSON),

	/** Their candidacies in elections. */
	CANDIDACIES(ElectionCatalog.CANDIDACIES_OF_PERSON),

	/** The statements they spoke in ({@link SpokenStatement}). */
	STATEMENTS(StatementRelation.SPOKEN_BY.count());

	private final String count;

	PersonList(String count) {
		this.count = count;
	}

	@Override
	public String count() {
		return this.count;
	}

}
