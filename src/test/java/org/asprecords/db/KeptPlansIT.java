package org.asprecords.db;

import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's connections run every statement on the plan PostgreSQL keeps for it, so
 * that no page pays for planning on every call (application.properties).
 */
@IntegrationTest
class KeptPlansIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConnectionKeepsItsPlans() {
		assertThat(this.jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_generic_plan");
	}

}
