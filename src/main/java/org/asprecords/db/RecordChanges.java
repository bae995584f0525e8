package org.asprecords.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Which state of the records what this instance keeps (rendered pages, filter options,
 * key figures) may show: a number that moves on whenever a change to the records commits,
 * on this instance or any other that shares the database. What was computed while the
 * number stood at {@code n} is served again only while it still stands at {@code n}.
 * <p>
 * Changes reach it two ways. PostgreSQL announces every commit that touched a record
 * table on the channel {@code record_changes} (triggers, Flyway V6), which a connection
 * of this instance listens to: that covers every instance and every writer, psql
 * included. And this instance's own writes move the number the moment they commit, before
 * the editor's next page, without waiting for the announcement. While the listening
 * connection is lost (the database away), the number moves on each attempt to listen
 * again, so that nothing missed meanwhile is served.
 */
@Component
public class RecordChanges implements TransactionExecutionListener, InitializingBean, DisposableBean {

	static final String CHANNEL = "record_changes";

	private static final Logger logger = LoggerFactory.getLogger(RecordChanges.class);

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final AtomicLong state = new AtomicLong();

	private final JdbcConnectionDetails database;

	private final Thread listener;

	private volatile boolean listening;

	private volatile boolean stopped;

	public RecordChanges(JdbcConnectionDetails database) {
		this.database = database;
		this.listener = new Thread(this::listen, "record-changes-listener");
		this.listener.setDaemon(true);
	}

	/**
	 * The current state; a page may be kept with it and served while it is unchanged.
	 */
	public long state() {
		return this.state.get();
	}

	/**
	 * Whether announcements are being received: without them, nothing may be kept.
	 */
	public boolean listening() {
		return this.listening;
	}

	void changed() {
		this.state.incrementAndGet();
	}

	/**
	 * A write of this instance committed: its pages are out of date now, not once the
	 * announcement is back. Writes the portal makes outside the records (admin sessions,
	 * sign-in failures) run in unnamed transactions and are left out, and so is the work
	 * of alerts by email (subscriptions, mails), which changes no page.
	 */
	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		if (failure == null && !transaction.isReadOnly() && isRecordWork(transaction.getTransactionName())) {
			changed();
		}
	}

	private static boolean isRecordWork(String name) {
		return name != null && name.startsWith("org.asprecords.") && !name.startsWith("org.asprecords.security.")
				&& !name.startsWith("org.asprecords.alert.");
	}

	@Override
	public void afterPropertiesSet() {
		this.listener.start();
	}

	@Override
	public void destroy() {
		this.stopped = true;
		this.listener.interrupt();
	}

	private void listen() {
		while (!this.stopped) {
			try (Connection connection = connect()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				// Whatever changed while nobody listened is unknown: start afresh.
				changed();
				this.listening = true;
				PGConnection notices = connection.unwrap(PGConnection.class);
				while (!this.stopped) {
					PGNotification[] received = notices.getNotifications((int) WAIT.toMillis());
					if (received != null && received.length > 0) {
						changed();
					}
					else if (!connection.isValid(1)) {
						throw new SQLException("the listening connection was lost", "08006");
					}
				}
			}
			catch (SQLException ex) {
				if (this.listening) {
					logger.warn("Stopped hearing of record changes ({}); rendered pages are not kept until it "
							+ "listens again", ex.getMessage());
				}
			}
			finally {
				this.listening = false;
				changed();
			}
			pause();
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.database.getUsername());
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("connectTimeout", "3");
		properties.setProperty("tcpKeepAlive", "true");
		properties.setProperty("ApplicationName", "asp-records record-changes listener");
		return DriverManager.getConnection(this.database.getJdbcUrl(), properties);
	}

	private void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.stopped = true;
		}
	}

}
