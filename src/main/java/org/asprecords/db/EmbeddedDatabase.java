package org.asprecords.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The portal's own PostgreSQL server (zonky's binaries), run as a database that keeps
 * what it acknowledged and that only the portal can enter:
 * <ul>
 * <li><b>Durable.</b> zonky starts its servers for tests, with {@code fsync} and
 * {@code synchronous_commit} off, so a crash lost saves already confirmed to editors.
 * Here both are on, with full-page writes: a commit is on disk when the portal says
 * "saved".</li>
 * <li><b>Password.</b> zonky's {@code initdb} trusts every local connection. At first
 * start the superuser gets a random password, kept in {@link DatabasePassword}'s file
 * beside the cluster, and {@code pg_hba.conf} then asks every connection for it
 * (SCRAM).</li>
 * <li><b>Watched.</b> Should the server's processes die (killed, out of memory), a
 * watchdog starts it again on the same directory and port within seconds; PostgreSQL
 * replays its log, and the connection pool reconnects by itself.</li>
 * </ul>
 * A server left running by a killed portal on the same directory is reused.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String USER = "postgres";

	/** Marks the {@code pg_hba.conf} written here, so that it is written once. */
	private static final String HBA_MARK = "# ASP Records: every connection gives the password";

	private static final List<String> HBA = List.of(HBA_MARK, "local all all scram-sha-256",
			"host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256");

	/** zonky's lock of a data directory, held by each of its server objects. */
	private static final String ZONKY_LOCK = "epg-lock";

	/** Crash recovery replays the log before the server answers: allow it time. */
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private static final Duration WATCH_EVERY = Duration.ofSeconds(1);

	private final Path directory;

	private final int port;

	private final String password;

	private final ScheduledExecutorService watchdog;

	private EmbeddedPostgres server;

	private volatile boolean closed;

	private volatile boolean stoppedOnPurpose;

	private EmbeddedDatabase(Path directory, int port, String password) {
		this.directory = directory;
		this.port = port;
		this.password = password;
		this.watchdog = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-postgres-watchdog");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Starts the server on {@code directory} (made on first start), or finds the one a
	 * killed portal left running there, and watches it from then on.
	 * @param passwordFile where the superuser's password is kept
	 */
	public static EmbeddedDatabase start(Path directory, int port, Path passwordFile) throws IOException {
		return start(directory, port, passwordFile, null);
	}

	/**
	 * Like {@link #start(Path, int, Path)}, with the password a new data directory's
	 * superuser gets (random when {@code null}).
	 */
	public static EmbeddedDatabase start(Path directory, int port, Path passwordFile, String firstPassword)
			throws IOException {
		Files.createDirectories(directory);
		EmbeddedDatabase database = new EmbeddedDatabase(directory, port,
				DatabasePassword.readOrCreate(passwordFile, firstPassword));
		database.ensureRunning();
		database.watchdog.scheduleWithFixedDelay(database::watch, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(),
				TimeUnit.MILLISECONDS);
		return database;
	}

	public JdbcConnectionDetails connectionDetails() {
		return new DatabaseLogin("jdbc:postgresql://localhost:" + this.port + "/postgres", USER, this.password);
	}

	/**
	 * Stops the server, as an operator's {@code pg_ctl stop} would; the watchdog leaves
	 * it stopped until {@link #ensureRunning()}. For tests of the portal's behaviour
	 * while its database is away.
	 */
	synchronized void stop() {
		this.stoppedOnPurpose = true;
		stopServer();
	}

	/**
	 * Starts the server unless it runs.
	 */
	synchronized void ensureRunning() throws IOException {
		this.stoppedOnPurpose = false;
		if (isRunning()) {
			requirePassword();
			return;
		}
		stopServer();
		// A start that failed leaves zonky's lock taken in this JVM: a new file frees it.
		Files.deleteIfExists(this.directory.resolve(ZONKY_LOCK));
		this.server = EmbeddedPostgres.builder()
			.setDataDirectory(this.directory)
			.setCleanDataDirectory(false)
			.setPort(this.port)
			.setPGStartupWait(STARTUP_WAIT)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", this.password)
			.start();
		requirePassword();
	}

	/**
	 * Whether the server's main process is alive, per its {@code postmaster.pid}: a
	 * running {@code postgres} of that id (after a reboot the id may belong to another
	 * program).
	 */
	boolean isRunning() {
		return postmasterPid().flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.flatMap((process) -> process.info().command())
			.map((command) -> Path.of(command).getFileName().toString().startsWith("postgres"))
			.orElse(false);
	}

	/** The process id of the running server's main process, if any. */
	Optional<Long> postmasterPid() {
		try {
			List<String> lines = Files.readAllLines(this.directory.resolve("postmaster.pid"));
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private void watch() {
		if (this.closed || this.stoppedOnPurpose || shuttingDown()) {
			return;
		}
		try {
			synchronized (this) {
				if (!this.closed && !this.stoppedOnPurpose && !shuttingDown() && !isRunning()) {
					logger.warn("The embedded PostgreSQL server on port {} is not running: starting it again",
							this.port);
					ensureRunning();
					logger.warn("The embedded PostgreSQL server on port {} is back", this.port);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.error("The embedded PostgreSQL server on port {} could not be started again; retrying", this.port,
					ex);
		}
	}

	/**
	 * Whether the JVM is shutting down: the embedded server's own shutdown hook stops it
	 * then, in no set order with the closing of this bean, and the server must not be
	 * started again behind it (it would outlive the portal). Only while shutting down
	 * does the JVM refuse a new hook.
	 */
	private static boolean shuttingDown() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

	/**
	 * Gives the superuser its password and makes every connection give it, once: the
	 * rules are reloaded without a restart.
	 */
	private void requirePassword() throws IOException {
		Path hba = this.directory.resolve("pg_hba.conf");
		if (Files.readAllLines(hba).contains(HBA_MARK)) {
			return;
		}
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			// The password is our own base64url text: nothing in it needs escaping.
			statement.execute("ALTER ROLE " + USER + " PASSWORD '" + this.password + "'");
			Files.write(hba, HBA);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the embedded database's password", ex);
		}
		logger.info("The embedded PostgreSQL server now asks every connection for its password");
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(connectionDetails().getJdbcUrl(), USER, this.password);
	}

	/**
	 * Stops the server and waits until its main process is gone: {@code pg_ctl} gives up
	 * waiting after 5 s, and a server still shutting down would read as running.
	 */
	private void stopServer() {
		if (this.server != null) {
			Optional<ProcessHandle> postmaster = postmasterPid().flatMap(ProcessHandle::of);
			try {
				this.server.close();
			}
			catch (IOException ex) {
				logger.warn("Could not stop the embedded PostgreSQL server cleanly", ex);
			}
			this.server = null;
			postmaster.ifPresent(EmbeddedDatabase::awaitExit);
		}
	}

	private static void awaitExit(ProcessHandle process) {
		try {
			process.onExit().get(STARTUP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.warn("The embedded PostgreSQL server (process {}) did not stop in time", process.pid());
		}
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		this.watchdog.shutdownNow();
		stopServer();
	}

}
