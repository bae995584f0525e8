package org.asprecords.budget;

import javax.sql.DataSource;

import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database loaded with the budgets shipped before their completion gets it from
 * {@code V20__budgets_completed_from_sources.sql}: a budget still as shipped gets its
 * lines and figures, on record; one an editor has changed is kept.
 */
@IntegrationTest
@Transactional
class BudgetCompletionIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void budgetsStillAsShippedAreCompletedAndEditedOnesAreKept() {
		this.jdbc.sql("delete from budget_line").update();
		this.jdbc
			.sql("""
					update programme_budget set approved_excluding_premises = null,
					note = 'The approved total includes €2,987,300 for the host-State loan (figures from the resolution text, via mirrors).'
					where year = 2017""")
			.update();
		this.jdbc.sql("update programme_budget set recommended = null, note = 'Edited by an editor.' where year = 2022")
			.update();
		long revisions = this.jdbc.sql("select count(*) from revision").query(Long.class).single();

		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V20__budgets_completed_from_sources.sql"))
			.populate(DataSourceUtils.getConnection(this.dataSource));

		assertThat(this.jdbc.sql("""
				select approved_excluding_premises::text from programme_budget where year = 2017""")
			.query(String.class)
			.single()).isEqualTo("141600000.00");
		assertThat(this.jdbc.sql("""
				select count(*) from budget_line l join programme_budget b on b.id = l.budget_id where b.year = 2017""")
			.query(Long.class)
			.single()).isEqualTo(9);
		assertThat(this.jdbc.sql("select note from programme_budget where year = 2022 and recommended is null")
			.query(String.class)
			.single()).isEqualTo("Edited by an editor.");
		assertThat(this.jdbc.sql("select count(*) from revision").query(Long.class).single()).isEqualTo(revisions + 1);
		assertThat(this.jdbc.sql("""
				select b.year from programme_budget_aud a join programme_budget b on b.id = a.id
				where a.rev = (select max(id) from revision where username = 'system')""").query(Integer.class).list())
			.containsExactly(2017);
		assertThat(this.jdbc.sql("""
				select count(*) from budget_line_aud
				where rev = (select max(id) from revision where username = 'system')""").query(Long.class).single())
			.isEqualTo(9);
	}

}
