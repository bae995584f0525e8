package org.asprecords.resolution;

public enum AdoptionMethod {

	CONSENSUS, VOTE

}
