package org.asprecords.state;

public enum JoinedBy {

	RATIFICATION, ACCESSION

}
