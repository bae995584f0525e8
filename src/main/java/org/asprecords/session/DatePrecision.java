package org.asprecords.session;

public enum DatePrecision {

	DAY, MONTH

}
