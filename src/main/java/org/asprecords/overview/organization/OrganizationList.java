package org.asprecords.overview.organization;

import org.asprecords.organization.Organizations;
import org.asprecords.outcome.Outcomes;
import org.asprecords.overview.ProfileList;
import org.asprecords.statement.StatementRelation;

/**
 * The lists of an organization's page, in its order.
 */
public enum OrganizationList implements ProfileList {

	/** Organizations that belong to it. */
	MEMBERS(Organizations.PARTS_OF),

	/** Statements that came from it. */
	STATEMENTS(StatementRelation.FROM.count()),

	/** Side events it organized. */
	SIDE_EVENTS(Outcomes.ORGANIZED_BY);

	private final String count;

	OrganizationList(String count) {
		this.count = count;
	}

	@Override
	public String count() {
		return this.count;
	}

}
