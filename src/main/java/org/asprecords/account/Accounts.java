package org.asprecords.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.asprecords.account.InvalidAccountChange.Problem;
import org.asprecords.db.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes accounts. A change that takes rights away (a new role, disabling)
 * or a new password ends the account's sessions on every portal instance, so that it
 * applies at once.
 */
@Service
@Transactional(readOnly = true)
class Accounts {

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.sessions = sessions;
	}

	List<AccountView> list() {
		return this.repository.findAllByOrderByUsername().stream().map(AccountView::of).toList();
	}

	AccountView get(long id) {
		return AccountView.of(load(id));
	}

	@Transactional
	AccountView create(NewUserForm form) {
		String username = Account.normalize(form.username());
		List<Problem> problems = new ArrayList<>();
		if (this.repository.existsByUsername(username)) {
			problems.add(new Problem("username", "account.username.taken"));
		}
		this.policy.problem(username, form.password()).ifPresent((key) -> problems.add(new Problem("password", key)));
		if (!problems.isEmpty()) {
			throw new InvalidAccountChange(problems);
		}
		Account account = new Account(username, this.passwordEncoder.encode(form.password()), form.role());
		return AccountView.of(this.repository.saveAndFlush(account));
	}

	/**
	 * Changes an account's role and whether it may sign in.
	 * @param id the account
	 * @param form the new values and the version they were chosen on
	 * @param actingUsername who makes the change: an admin may not demote or disable
	 * themselves
	 * @throws StaleAccountException if the account changed since the form was opened
	 * @throws InvalidAccountChange if the admin would demote or disable themselves
	 */
	@Transactional
	AccountView update(long id, UserEditForm form, String actingUsername) {
		Account account = load(id);
		if (account.getVersion() != form.version()) {
			throw new StaleAccountException(AccountView.of(account));
		}
		if (account.getUsername().equals(actingUsername)) {
			List<Problem> problems = new ArrayList<>();
			if (form.role() != Role.ADMIN) {
				problems.add(new Problem("role", "account.edit.self-demote"));
			}
			if (!form.enabled()) {
				problems.add(new Problem("enabled", "account.edit.self-disable"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidAccountChange(problems);
			}
		}
		if (account.getRole() != form.role() || account.isEnabled() != form.enabled()) {
			account.setRole(form.role());
			account.setEnabled(form.enabled());
			this.repository.flush();
			endSessions(account.getUsername(), null);
		}
		return AccountView.of(account);
	}

	/**
	 * Gives an account a new password and ends its other sessions.
	 * @param id the account
	 * @param newPassword the password as typed
	 * @param currentSessionId the session making the change, which stays open (an admin
	 * who resets their own password stays signed in), or {@code null}
	 * @throws InvalidAccountChange if the policy refuses the password
	 */
	@Transactional
	void resetPassword(long id, String newPassword, String currentSessionId) {
		Account account = load(id);
		this.policy.check(account.getUsername(), newPassword);
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.repository.flush();
		endSessions(account.getUsername(), currentSessionId);
	}

	@EventListener
	@Transactional
	void recordSignIn(AuthenticationSuccessEvent event) {
		this.repository.recordSignIn(event.getAuthentication().getName(), Instant.now());
	}

	private Account load(long id) {
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
	}

	private void endSessions(String username, String keep) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((sessionId) -> !sessionId.equals(keep))
			.forEach(this.sessions::deleteById);
	}

}
