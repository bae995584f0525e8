package org.asprecords.resolution;

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
 * A database loaded with the resolutions shipped before their completion gets it from
 * {@code V18__resolutions_completed_from_sources.sql}: what is still empty as shipped is
 * filled, on record; what an editor has entered is kept.
 */
@IntegrationTest
@Transactional
class ResolutionCompletionIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void emptyFieldsAreFilledAndAnEditorsEntryIsKept() {
		this.jdbc.sql("""
				update resolution set plenary_meeting = null, adoption_method = null, title = null,
				                      adoption_note = null
				where symbol = 'ICC-ASP/15/Res.1'""").update();
		this.jdbc.sql("""
				update resolution set plenary_meeting = 4, adoption_method = null
				where symbol = 'ICC-ASP/18/Res.1'""").update();

		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V18__resolutions_completed_from_sources.sql"))
			.populate(DataSourceUtils.getConnection(this.dataSource));

		assertThat(this.jdbc.sql("""
				select plenary_meeting || ' ' || adoption_method || ' ' || left(title, 36) from resolution
				where symbol = 'ICC-ASP/15/Res.1'""").query(String.class).single())
			.isEqualTo("10 CONSENSUS Resolution of the Assembly of States");
		assertThat(this.jdbc.sql("select plenary_meeting from resolution where symbol = 'ICC-ASP/18/Res.1'")
			.query(Integer.class)
			.single()).isEqualTo(4);
		assertThat(this.jdbc.sql("""
				select r.symbol from resolution_aud a join resolution r on r.id = a.id
				where a.rev = (select max(id) from revision where username = 'system')""").query(String.class).list())
			.containsExactly("ICC-ASP/15/Res.1");
	}

}
