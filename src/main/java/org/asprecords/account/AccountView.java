package org.asprecords.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An account as the user pages show it (never its password hash).
 *
 * @param id its identity
 * @param username its username
 * @param role what it may do
 * @param enabled whether it may sign in
 * @param version its optimistic-locking version, which an edit form sends back
 * @param lastSignIn when it last signed in (UTC), or {@code null}
 */
public record AccountView(long id, String username, Role role, boolean enabled, int version,
		OffsetDateTime lastSignIn) {

	static AccountView of(Account account) {
		return new AccountView(account.getId(), account.getUsername(), account.getRole(), account.isEnabled(),
				account.getVersion(),
				(account.getLastSignInAt() != null) ? account.getLastSignInAt().atOffset(ZoneOffset.UTC) : null);
	}

}
