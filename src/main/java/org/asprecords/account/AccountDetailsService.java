package org.asprecords.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign in: the enabled accounts. A disabled account is answered like an unknown
 * one, so that signing in to it takes as long and says as little as to a name nobody has.
 * Being a {@code UserDetailsService} bean, it also keeps Spring Boot from creating its
 * in-memory user.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository repository;

	AccountDetailsService(AccountRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.repository.findByUsername(Account.normalize(username))
			.filter(Account::isEnabled)
			.map((account) -> User.withUsername(account.getUsername())
				.password(account.getPasswordHash())
				.roles(account.getRole().name())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No enabled account has that username"));
	}

}
