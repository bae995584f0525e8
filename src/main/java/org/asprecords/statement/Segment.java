package org.asprecords.statement;

public enum Segment {

	GENERAL_DEBATE, PLENARY_COOPERATION, PLENARY_REVIEW, CLOSING, SIDE_EVENT, BEFORE_SESSION

}
