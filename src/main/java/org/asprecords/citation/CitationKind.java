package org.asprecords.citation;

/**
 * The kinds of records of the Assembly a visitor can cite, each with the CSL 1.0.2 type
 * reference managers file it under.
 */
public enum CitationKind {

	SESSION("event"), RESOLUTION("legislation"), ELECTION("event"), BUDGET("document"), STATEMENT("speech"),
	AMENDMENT("legislation"), POLICY("document"), DECISION("document"), SIDE_EVENT("event");

	private final String cslType;

	CitationKind(String cslType) {
		this.cslType = cslType;
	}

	String cslType() {
		return this.cslType;
	}

}
