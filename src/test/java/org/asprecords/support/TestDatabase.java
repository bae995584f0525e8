package org.asprecords.support;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The PostgreSQL database of every Spring test, chosen once per JVM by the environment
 * variable {@code TEST_DB}:
 * <ul>
 * <li>{@code docker}: a {@code postgres:17-alpine} container (Testcontainers), one per
 * application context; fails when no Docker engine answers.</li>
 * <li>{@code embedded}: one embedded PostgreSQL server (zonky) per JVM, on a free port
 * and a temporary data directory, with a new database for each application context.</li>
 * <li>{@code auto} (the default): {@code docker} where a Docker engine answers, else
 * {@code embedded}.</li>
 * </ul>
 * Either way each application context starts on an empty database that Flyway migrates.
 * Tests use it through {@link IntegrationTest}, or import this class themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	/**
	 * The image of the {@code docker} database: the PostgreSQL major version used
	 * everywhere.
	 */
	public static final String POSTGRES_IMAGE = "postgres:17-alpine";

	/**
	 * The environment variable that chooses the database.
	 */
	public static final String ENVIRONMENT_VARIABLE = "TEST_DB";

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static Kind kind;

	@Bean
	@ServiceConnection
	@Conditional(DockerSelected.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(POSTGRES_IMAGE);
	}

	@Bean
	@Conditional(EmbeddedSelected.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		return EmbeddedTestServer.newDatabase();
	}

	/**
	 * The database the tests of this JVM use, chosen on first call.
	 * @return the kind of database
	 * @throws IllegalStateException if {@code TEST_DB} has an unknown value, or is
	 * {@code docker} while no Docker engine answers
	 */
	public static synchronized Kind kind() {
		if (kind == null) {
			kind = choose(System.getenv(ENVIRONMENT_VARIABLE));
		}
		return kind;
	}

	private static Kind choose(String setting) {
		String value = (setting != null && !setting.isBlank()) ? setting.trim().toLowerCase(Locale.ROOT) : "auto";
		switch (value) {
			case "docker" -> {
				if (!DockerClientFactory.instance().isDockerAvailable()) {
					throw new IllegalStateException(ENVIRONMENT_VARIABLE + "=docker but no Docker engine answers: "
							+ "start Docker, or run the tests with " + ENVIRONMENT_VARIABLE + "=embedded (or auto)");
				}
				logger.info("Test database: PostgreSQL in a Docker container ({}), as {}=docker asks", POSTGRES_IMAGE,
						ENVIRONMENT_VARIABLE);
				return Kind.DOCKER;
			}
			case "embedded" -> {
				logger.info("Test database: embedded PostgreSQL (zonky), as {}=embedded asks", ENVIRONMENT_VARIABLE);
				return Kind.EMBEDDED;
			}
			case "auto" -> {
				if (DockerClientFactory.instance().isDockerAvailable()) {
					logger.info("Test database: PostgreSQL in a Docker container ({}); {}=auto and Docker answers",
							POSTGRES_IMAGE, ENVIRONMENT_VARIABLE);
					return Kind.DOCKER;
				}
				logger.info("Test database: embedded PostgreSQL (zonky); {}=auto and no Docker engine answers",
						ENVIRONMENT_VARIABLE);
				return Kind.EMBEDDED;
			}
			default -> throw new IllegalStateException(
					"Unknown " + ENVIRONMENT_VARIABLE + "=" + setting + ": use docker, embedded or auto (the default)");
		}
	}

	/**
	 * Where the tests' PostgreSQL server runs.
	 */
	public enum Kind {

		/**
		 * A Testcontainers container.
		 */
		DOCKER,

		/**
		 * An embedded server in this JVM's temporary directory.
		 */
		EMBEDDED

	}

	static final class DockerSelected implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return kind() == Kind.DOCKER;
		}

	}

	static final class EmbeddedSelected implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return kind() == Kind.EMBEDDED;
		}

	}

}
