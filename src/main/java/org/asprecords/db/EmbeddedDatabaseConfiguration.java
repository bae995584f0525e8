package org.asprecords.db;

import java.io.IOException;
import java.nio.file.Path;

import org.asprecords.PortalProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server inside the portal when no external database is
 * configured, so that the portal runs with no setup ({@link EmbeddedDatabase}). Boot then
 * builds the connection pool, Flyway and JPA on it as on any other database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnProperty(name = "portal.embedded-database.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(PortalProperties properties) throws IOException {
		Path dataDir = properties.dataDir().toAbsolutePath();
		return EmbeddedDatabase.start(dataDir.resolve("postgres"), properties.embeddedDatabase().port(),
				dataDir.resolve("postgres.password"), properties.embeddedDatabase().password());
	}

	@Bean
	JdbcConnectionDetails embeddedDatabaseConnectionDetails(EmbeddedDatabase database) {
		return database.connectionDetails();
	}

}
