package org.asprecords.account;

/**
 * An edit made on a form older than the account: someone else changed it meanwhile.
 */
class StaleAccountException extends RuntimeException {

	private final AccountView current;

	StaleAccountException(AccountView current) {
		super("Account " + current.username() + " changed since the form was opened");
		this.current = current;
	}

	/**
	 * The account as it is now.
	 */
	AccountView current() {
		return this.current;
	}

}
