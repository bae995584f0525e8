package org.asprecords;

import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal starts on a real PostgreSQL 17, with its schema migrated by Flyway, and
 * reports itself healthy.
 */
@IntegrationTest
class PortalStartsIT {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void runsOnPostgresql17() {
		String version = this.jdbc.sql("SHOW server_version").query(String.class).single();
		assertThat(version).startsWith("17.");
	}

	@Test
	void flywayAppliedTheFirstMigration() {
		Boolean success = this.jdbc.sql("SELECT success FROM flyway_schema_history WHERE version = '1'")
			.query(Boolean.class)
			.single();
		assertThat(success).isTrue();
	}

	@Test
	void healthIsUp() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

}
