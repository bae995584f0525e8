package org.asprecords.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal's own PostgreSQL server, as an operator would probe it: nobody enters
 * without its password, a save it acknowledged survives the death of its processes, and
 * it comes back by itself after such a death.
 */
class EmbeddedDatabaseIT {

	private static final Duration BACK_WITHIN = Duration.ofSeconds(30);

	@TempDir
	Path dataDir;

	private EmbeddedDatabase database;

	private int port;

	@BeforeEach
	void start() throws IOException {
		this.port = freePort();
		this.database = EmbeddedDatabase.start(this.dataDir.resolve("postgres"), this.port,
				this.dataDir.resolve("postgres.password"));
	}

	@AfterEach
	void stop() {
		this.database.close();
	}

	@Test
	void nobodyEntersWithoutThePassword() throws Exception {
		String url = "jdbc:postgresql://localhost:" + this.port + "/postgres";
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess"))
			.isInstanceOf(SQLException.class);
		try (Connection connection = connect()) {
			assertThat(connection.isValid(1)).isTrue();
		}
		Path passwordFile = this.dataDir.resolve("postgres.password");
		assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.readString(passwordFile)).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void commitsAreWrittenToDiskBeforeTheyAreAcknowledged() throws Exception {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void everyAcknowledgedSaveSurvivesTheServersDeathAndItComesBackByItself() throws Exception {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table saved (n int primary key)");
			for (int n = 1; n <= 200; n++) {
				statement.execute("insert into saved values (" + n + ")");
			}
		}
		long killed = this.database.postmasterPid().orElseThrow();
		ProcessHandle postmaster = ProcessHandle.of(killed).orElseThrow();
		postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
		postmaster.destroyForcibly();
		postmaster.onExit().get();

		Instant deadline = Instant.now().plus(BACK_WITHIN);
		Long restarted = null;
		while (Instant.now().isBefore(deadline)) {
			if (this.database.isRunning() && this.database.postmasterPid().orElse(killed) != killed) {
				restarted = this.database.postmasterPid().get();
				break;
			}
			Thread.sleep(200);
		}
		assertThat(restarted).as("the watchdog started the server again").isNotNull();
		try (Connection connection = connectWhenAnswering(deadline);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*), min(n), max(n) from saved")) {
			rows.next();
			assertThat(rows.getLong(1)).as("acknowledged inserts after the crash").isEqualTo(200);
			assertThat(rows.getInt(2)).isEqualTo(1);
			assertThat(rows.getInt(3)).isEqualTo(200);
		}
	}

	@Test
	void aSecondStartOnTheSameDirectoryKeepsItsPasswordAndData() throws Exception {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table kept (n int)");
		}
		this.database.close();
		this.database = EmbeddedDatabase.start(this.dataDir.resolve("postgres"), this.port,
				this.dataDir.resolve("postgres.password"));
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from kept")) {
			assertThat(rows.next()).isTrue();
		}
	}

	@Test
	void aPasswordGivenForANewDataDirectoryIsTheOneItKeeps() throws Exception {
		Path other = this.dataDir.resolve("other");
		int otherPort = freePort();
		try (EmbeddedDatabase preset = EmbeddedDatabase.start(other.resolve("postgres"), otherPort,
				other.resolve("postgres.password"), "a-bench-password-0123")) {
			assertThat(preset.connectionDetails().getPassword()).isEqualTo("a-bench-password-0123");
			try (Connection connection = DriverManager.getConnection(
					"jdbc:postgresql://localhost:" + otherPort + "/postgres", "postgres", "a-bench-password-0123")) {
				assertThat(connection.isValid(1)).isTrue();
			}
		}
		assertThat(Files.readString(other.resolve("postgres.password"))).isEqualTo("a-bench-password-0123");
	}

	@Test
	void aServerStoppedOnPurposeStaysStoppedUntilStartedAgain() throws Exception {
		this.database.stop();
		Thread.sleep(2500);
		assertThat(this.database.isRunning()).isFalse();
		this.database.ensureRunning();
		try (Connection connection = connect()) {
			assertThat(connection.isValid(1)).isTrue();
		}
	}

	private Connection connect() throws SQLException {
		JdbcConnectionDetails details = this.database.connectionDetails();
		Properties properties = new Properties();
		properties.setProperty("user", details.getUsername());
		properties.setProperty("password", details.getPassword());
		return DriverManager.getConnection(details.getJdbcUrl(), properties);
	}

	private Connection connectWhenAnswering(Instant deadline) throws Exception {
		SQLException last = null;
		while (Instant.now().isBefore(deadline)) {
			try {
				return connect();
			}
			catch (SQLException ex) {
				last = ex;
				Thread.sleep(200);
			}
		}
		throw new AssertionError("the server did not answer again", last);
	}

	private static String setting(Statement statement, String name) throws SQLException {
		try (ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
