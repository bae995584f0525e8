package org.asprecords.election;

public enum CandidacyOutcome {

	ELECTED, NOT_ELECTED, WITHDRAWN

}
