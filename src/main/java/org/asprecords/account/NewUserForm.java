package org.asprecords.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The form that creates an account.
 *
 * @param username 3 to 64 letters, digits, dots, dashes or underscores (stored
 * lower-case)
 * @param role what the account may do
 * @param password its first password
 * @param confirmation the password typed again
 */
@ConfirmedPassword
public record NewUserForm(
		@NotNull(message = "{account.username.format}") @Pattern(regexp = "[A-Za-z0-9._-]{3,64}",
				message = "{account.username.format}") String username,
		@NotNull(message = "{account.role.required}") Role role, @AcceptablePassword String password,
		String confirmation) implements ConfirmedPassword.Form {

	static NewUserForm empty() {
		return new NewUserForm("", Role.EDITOR, "", "");
	}

}
