package org.asprecords.support;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link SqlStatementCounter} counts what goes through the application's DataSource.
 */
@IntegrationTest
class SqlStatementCounterIT {

	@Autowired
	private SqlStatementCounter statements;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void countsJdbcClientStatements() {
		this.statements.reset();
		this.jdbc.sql("SELECT 1").query(Integer.class).single();
		this.jdbc.sql("SELECT count(*) FROM flyway_schema_history").query(Long.class).single();
		assertThat(this.statements.count()).isEqualTo(2);
		assertThat(this.statements.statements()).containsExactly("SELECT 1",
				"SELECT count(*) FROM flyway_schema_history");
	}

	@Test
	void countsHibernateStatements() {
		this.statements.reset();
		this.transaction
			.executeWithoutResult((status) -> this.entityManager.createNativeQuery("SELECT 42").getSingleResult());
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void resetStartsFromZero() {
		this.jdbc.sql("SELECT 1").query(Integer.class).single();
		this.statements.reset();
		assertThat(this.statements.count()).isZero();
		assertThat(this.statements.statements()).isEmpty();
	}

}
