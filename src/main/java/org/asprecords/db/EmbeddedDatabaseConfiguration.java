package org.asprecords.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.asprecords.PortalProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server inside the portal when no external database is
 * configured, so that the portal runs with no setup. Boot then builds the connection
 * pool, Flyway and JPA on it as on any other database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnProperty(name = "portal.embedded-database.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(PortalProperties properties) throws IOException {
		Path directory = properties.dataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(directory);
		return EmbeddedDatabase.start(directory, properties.embeddedDatabase().port());
	}

	@Bean
	JdbcConnectionDetails embeddedDatabaseConnectionDetails(EmbeddedDatabase database) {
		return database.connectionDetails();
	}

	/**
	 * The running server, or one left running by an earlier portal process on the same
	 * data directory.
	 */
	static final class EmbeddedDatabase implements AutoCloseable {

		private final EmbeddedPostgres server;

		private final int port;

		private EmbeddedDatabase(EmbeddedPostgres server, int port) {
			this.server = server;
			this.port = port;
		}

		static EmbeddedDatabase start(Path directory, int port) throws IOException {
			if (LeftoverServer.answersOn(directory, port)) {
				return new EmbeddedDatabase(null, port);
			}
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.start();
			return new EmbeddedDatabase(server, port);
		}

		JdbcConnectionDetails connectionDetails() {
			String url = "jdbc:postgresql://localhost:" + this.port + "/postgres";
			return new JdbcConnectionDetails() {

				@Override
				public String getUsername() {
					return "postgres";
				}

				@Override
				public String getPassword() {
					return "";
				}

				@Override
				public String getJdbcUrl() {
					return url;
				}

			};
		}

		@Override
		public void close() throws IOException {
			if (this.server != null) {
				this.server.close();
			}
		}

	}

}
