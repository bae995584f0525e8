package org.asprecords.web.form;

/**
 * A save from a form read before someone else's save of the same record: answered with
 * the conflict page, which shows the record as it now is beside what the editor typed, so
 * that nothing is lost.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException() {
		super("The record changed since the form was read");
	}

}
