package org.asprecords.outcome;

public enum DecisionKind {

	BODY_COMPOSITION, MANDATE, WORKING_METHODS, JURISDICTION, FUTURE_SESSION, OTHER

}
