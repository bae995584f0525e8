package org.asprecords.db;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.asprecords.support.IntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code array_has(:ids, x.id)} finds the records of those ids, and Hibernate keeps the
 * plan of a query that uses it: run again, it is not translated again ({@link ArrayHas}).
 */
@IntegrationTest
class ArrayHasIT {

	private static final String QUERY = "select r.symbol from Resolution r join r.session s where array_has(:ids, r.id)"
			+ " order by r.symbol";

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void findsTheRecordsOfTheIdsAndKeepsThePlan() {
		List<Long> ids = this.jdbc
			.sql("select id from resolution where symbol in ('ICC-ASP/22/Res.4', 'ICC-ASP/22/Res.1')")
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(2);
		int plansBefore = plans();

		for (int run = 0; run < 3; run++) {
			List<String> symbols = this.transaction
				.execute((status) -> this.entityManager.createQuery(QUERY, String.class)
					.setParameter("ids", ids.toArray(Long[]::new))
					.getResultList());
			assertThat(symbols).containsExactly("ICC-ASP/22/Res.1", "ICC-ASP/22/Res.4");
		}

		assertThat(plans()).as("one plan, kept for the three runs").isEqualTo(plansBefore + 1);
	}

	private int plans() {
		return this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getQueryEngine()
			.getInterpretationCache()
			.getNumberOfCachedQueryPlans();
	}

}
