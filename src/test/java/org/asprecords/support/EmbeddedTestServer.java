package org.asprecords.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.asprecords.db.DatabaseLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The embedded PostgreSQL server of the tests: started once per JVM on first use, on a
 * free port and a new temporary data directory, and stopped (its directory deleted) by a
 * shutdown hook. Each application context gets a database of its own on it, as it would
 * get a container of its own with Docker.
 */
final class EmbeddedTestServer {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedTestServer.class);

	private static final String USER = "postgres";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private EmbeddedTestServer() {
	}

	/**
	 * Creates a new, empty database on the server, starting the server first if needed.
	 * @return how to connect to the new database
	 */
	static JdbcConnectionDetails newDatabase() {
		EmbeddedPostgres server = server();
		String name = "portal_test_" + databases.incrementAndGet();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
		logger.debug("Test database {}", url);
		return new DatabaseLogin(url, USER, "");
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			server = start();
		}
		return server;
	}

	private static EmbeddedPostgres start() {
		try {
			Path directory = Files.createTempDirectory("asp-records-test-postgres");
			EmbeddedPostgres started = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				.setRegisterShutdownHook(false)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "embedded-test-postgres-stop"));
			logger.debug("Embedded test PostgreSQL listens on port {} with its data in {}", started.getPort(),
					directory);
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded test PostgreSQL server", ex);
		}
	}

	private static void stop(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is exiting: nothing more can be done.
		}
	}

}
