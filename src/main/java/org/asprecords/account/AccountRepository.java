package org.asprecords.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByRoleAndEnabledTrue(Role role);

	List<Account> findAllByOrderByUsername();

	/**
	 * Notes a sign-in without touching the version: signing in never makes an open edit
	 * form stale.
	 */
	@Modifying
	@Query("update Account a set a.lastSignInAt = :at where a.username = :username")
	int recordSignIn(String username, Instant at);

}
