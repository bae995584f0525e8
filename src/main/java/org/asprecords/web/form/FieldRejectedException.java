package org.asprecords.web.form;

/**
 * A business rule a form's value breaks (a symbol already taken, say), reported next to
 * that field.
 */
public class FieldRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldRejectedException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
