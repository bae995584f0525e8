package org.asprecords.db;

/**
 * A rule of the records that a value breaks (a symbol already taken, say), thrown by the
 * code that keeps the rule whichever way the value came: a form reports it next to the
 * field, a session file import at the field's place in the file, both with this message
 * key in the editor's language.
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
