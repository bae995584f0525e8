package org.asprecords.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (out of reach, restarting, out of connections, a
 * lock or a statement that took too long) from a fault of the portal: the first is
 * answered "try again shortly" (503 with {@code Retry-After}), the second stays a 500.
 * <p>
 * The test is on the whole cause chain, because the same trouble arrives wrapped by
 * Hibernate, Spring's transaction manager, Spring Session or Spring Security alike.
 * PostgreSQL's SQLSTATE classes decide for the driver's errors: 08 (connection), 53
 * (insufficient resources: too many connections, out of memory or disk), 57P (the server
 * shutting down, crashed, or starting), 57014 (a statement cancelled by
 * {@code statement_timeout}), 55P03 (a lock not granted within {@code lock_timeout}),
 * 40P01 and 40001 (a deadlock or serialization failure: the transaction was rolled back
 * whole and may simply be tried again). A transaction that could not even be rolled back
 * lost its connection.
 */
public final class DatabaseUnavailable {

	/** How long a client is asked to wait before trying again, in seconds. */
	public static final int RETRY_AFTER_SECONDS = 10;

	private static final Set<String> STATES = Set.of("57014", "55P03", "40P01", "40001");

	private static final Set<String> STATE_CLASSES = Set.of("08", "53", "57P");

	private static final int MAX_DEPTH = 32;

	private DatabaseUnavailable() {
	}

	/**
	 * Whether {@code failure}, or any of its causes, says the database could not serve
	 * the request for now.
	 */
	public static boolean causes(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		Throwable current = failure;
		for (int depth = 0; current != null && depth < MAX_DEPTH && seen.put(current, true) == null; depth++) {
			if (isTrouble(current)) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

	/**
	 * The deepest cause's message, first line only, for a one-line log entry: the trouble
	 * is expected and its stack says nothing more.
	 */
	public static String describe(Throwable failure) {
		Throwable deepest = failure;
		for (int depth = 0; deepest.getCause() != null && deepest.getCause() != deepest && depth < MAX_DEPTH; depth++) {
			deepest = deepest.getCause();
		}
		String message = String.valueOf(deepest.getMessage());
		return deepest.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
	}

	private static boolean isTrouble(Throwable failure) {
		if (failure instanceof CannotCreateTransactionException || failure instanceof DataAccessResourceFailureException
				|| failure instanceof QueryTimeoutException || failure instanceof PessimisticLockingFailureException
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException
				|| failure instanceof SQLRecoverableException) {
			return true;
		}
		if (failure instanceof org.hibernate.TransactionException && failure.getMessage() != null
				&& failure.getMessage().startsWith("Unable to rollback")) {
			// Only a connection that is gone cannot roll back; the pool's closed
			// connection says so without a SQLSTATE.
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return STATES.contains(state) || STATE_CLASSES.stream().anyMatch(state::startsWith);
		}
		return false;
	}

}
