package org.asprecords.election;

public enum ElectionMethod {

	BALLOTS, ACCLAMATION, CONSENSUS

}
