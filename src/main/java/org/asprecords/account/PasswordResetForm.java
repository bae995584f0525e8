package org.asprecords.account;

/**
 * The form that gives an account a new password.
 *
 * @param password the new password
 * @param confirmation the password typed again
 */
@ConfirmedPassword
public record PasswordResetForm(@AcceptablePassword String password,
		String confirmation) implements ConfirmedPassword.Form {

	static PasswordResetForm empty() {
		return new PasswordResetForm("", "");
	}

}
