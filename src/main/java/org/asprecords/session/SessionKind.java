package org.asprecords.session;

public enum SessionKind {

	REGULAR, RESUMED, SPECIAL, REVIEW_CONFERENCE

}
