package org.asprecords.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trouble the portal answers with a 503 ("try again shortly") is told from its own
 * faults, which stay 500s, however deep the cause is wrapped.
 */
class DatabaseUnavailableTest {

	@ParameterizedTest
	@ValueSource(strings = { "08001", "08006", "53300", "57P01", "57P03", "57014", "55P03", "40P01" })
	void theServerOutOfReachOrOverloadedIsTrouble(String state) {
		SQLException driver = new SQLException("server said no", state);
		assertThat(DatabaseUnavailable.causes(driver)).isTrue();
		assertThat(DatabaseUnavailable
			.causes(new CannotCreateTransactionException("begin", new PersistenceException(driver)))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "23505", "23503", "42P01", "22001", "XX000" })
	void theRecordsOwnFaultsAreNotTrouble(String state) {
		SQLException driver = new SQLException("refused", state);
		assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("save", driver))).isFalse();
	}

	@Test
	void anExhaustedPoolIsTrouble() {
		SQLTransientConnectionException pool = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 3000ms");
		assertThat(DatabaseUnavailable.causes(new JDBCConnectionException("acquire", pool))).isTrue();
		assertThat(DatabaseUnavailable.describe(new RuntimeException("outer", pool)))
			.isEqualTo("SQLTransientConnectionException: HikariPool-1 - Connection is not available, "
					+ "request timed out after 3000ms");
	}

	@Test
	void aTransactionThatCouldNotRollBackLostItsConnection() {
		SQLException closed = new SQLException("Connection is closed");
		assertThat(DatabaseUnavailable.causes(new JpaSystemException(
				new org.hibernate.TransactionException("Unable to rollback against JDBC Connection", closed))))
			.isTrue();
		assertThat(DatabaseUnavailable.causes(new JpaSystemException(new org.hibernate.TransactionException(
				"Unable to commit against JDBC Connection", new SQLException("deferred check", "23505")))))
			.isFalse();
	}

	@Test
	void aStaleEditIsAConflictNotTrouble() {
		assertThat(DatabaseUnavailable.causes(new ObjectOptimisticLockingFailureException("Session", 1L))).isFalse();
		assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailable.causes(null)).isFalse();
	}

	@Test
	void aCauseChainThatLoopsEnds() {
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);
		assertThat(DatabaseUnavailable.causes(second)).isFalse();
		assertThat(DatabaseUnavailable.describe(second)).isNotBlank();
	}

}
