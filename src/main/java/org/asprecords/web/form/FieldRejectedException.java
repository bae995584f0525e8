package org.asprecords.web.form;

/**
 * A business rule a form's value breaks (a symbol already taken, say), reported next to
 * that field.
 */
public class FieldRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param arguments the message's arguments; a {@code MessageSourceResolvable} among
	 * them is put in the visitor's language too
	 */
	public FieldRejectedException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
