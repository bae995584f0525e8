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
	PRESIDENCIES("presidencies", PresidentRoll.OF_PERSON),

	/** Their candidacies in elections. */
	CANDIDACIES("candidacies", ElectionCatalog.CANDIDACIES_OF_PERSON),

	/** The statements they spoke in ({@link SpokenStatement}). */
	STATEMENTS("statements", StatementRelation.SPOKEN_BY.count());

	private final String path;

	private final String count;

	PersonList(String path, String count) {
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
