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
	MEMBERS("members", Organizations.PARTS_OF),

	/** Statements that came from it. */
	STATEMENTS("statements", StatementRelation.FROM.count()),

	/** Side events it organized. */
	SIDE_EVENTS("side-events", Outcomes.ORGANIZED_BY);

	private final String path;

	private final String count;

	OrganizationList(String path, String count) {
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
