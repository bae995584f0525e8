package org.asprecords.account;

/**
 * What an account may do in the admin area. An ADMIN may do everything an EDITOR may (the
 * role hierarchy in the security configuration says so).
 */
public enum Role {

	/**
	 * Edits the records.
	 */
	EDITOR,

	/**
	 * Edits the records, manages the accounts and empties the trash.
	 */
	ADMIN

}
