package org.asprecords.statement;

import org.asprecords.db.JoinedNewest;

/**
 * How a State, a person or an organization is named by statements, for the lists of their
 * pages: each relation is a JPQL join and condition on a statement {@code s2} and its
 * session {@code se2}, with the other record's id as {@code :id}, which both the count
 * and the page of the list use ({@link StatementCatalog#page}).
 */
public enum StatementRelation {

	/** Statements a State delivered. */
	DELIVERED_BY("where fk(s2.speakerState) = :id"),

	/** Statements delivered on a State's behalf, alone or jointly. */
	ON_BEHALF_OF("join s2.onBehalfStates b where b.id = :id", "statement_on_behalf_state", "state_id"),

	/** Statements about a State. */
	CONCERNING("join s2.countries c where c.id = :id"),

	/** Statements a person spoke in. */
	SPOKEN_BY("join s2.speakers sp2 where fk(sp2.person) = :id"),

	/** Statements of an organization. */
	FROM("join s2.organizations o where o.id = :id", "statement_organization", "organization_id");

	private final String condition;

	/** How a page is read in order on a join table's index, where one keeps the date. */
	private final JoinedNewest newest;

	StatementRelation(String condition) {
		this.condition = condition;
		this.newest = null;
	}

	StatementRelation(String condition, String joinTable, String ownerColumn) {
		this.condition = condition;
		this.newest = new JoinedNewest(joinTable, ownerColumn, "statement", "statement_id");
	}

	/**
	 * How a page of these statements is read newest first on a join table's index, or
	 * {@code null} where none keeps their session's date.
	 */
	JoinedNewest newest() {
		return this.newest;
	}

	/** Counts the statements so related to the record whose id is {@code :id}. */
	public String count() {
		return "select count(s2) " + from();
	}

	String from() {
		return "from Statement s2 join s2.session se2 " + this.condition;
	}

}
