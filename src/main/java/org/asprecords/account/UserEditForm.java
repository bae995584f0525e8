package org.asprecords.account;

import jakarta.validation.constraints.NotNull;

/**
 * The form that changes what an account may do.
 *
 * @param role its role
 * @param enabled whether it may sign in
 * @param version the account's version when the form was opened
 */
public record UserEditForm(@NotNull(message = "{account.role.required}") Role role, boolean enabled, int version) {

	static UserEditForm of(AccountView account) {
		return new UserEditForm(account.role(), account.enabled(), account.version());
	}

}
