package org.asprecords.account;

import java.util.List;

/**
 * A change to an account that a business rule refuses (a username already taken, a
 * password the policy refuses, an admin demoting themselves); the form shows each problem
 * next to its field.
 */
class InvalidAccountChange extends RuntimeException {

	private final List<Problem> problems;

	InvalidAccountChange(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	InvalidAccountChange(List<Problem> problems) {
		super("Refused account change: " + problems);
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One refused value.
	 *
	 * @param field the form field
	 * @param messageKey the key of the message shown next to it
	 */
	public record Problem(String field, String messageKey) {
	}

}
