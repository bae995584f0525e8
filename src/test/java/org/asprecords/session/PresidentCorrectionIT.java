package org.asprecords.session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

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
 * A database loaded with the Presidents shipped before their correction gets it from
 * {@code V14__presidents_from_sources.sql}: a presidency still holding its shipped period
 * is corrected, on record; one an editor has changed is left as the editor saved it.
 */
@IntegrationTest
@Transactional
class PresidentCorrectionIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void presidenciesStillAsShippedAreCorrectedAndEditedOnesAreKept() throws Exception {
		period("sidiki-kaba", null, "16");
		period("o-gon-kwon", "16", "19-resumed-2");
		period("christian-wenaweser", "7", "8");
		long revisions = this.jdbc.sql("select count(*) from revision").query(Long.class).single();

		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V14__presidents_from_sources.sql"))
			.populate(DataSourceUtils.getConnection(this.dataSource));

		assertThat(period("sidiki-kaba")).containsExactly("13", "16", "2014-12-08");
		assertThat(period("o-gon-kwon")).containsExactly("17", "19-resumed-2", null);
		assertThat(period("christian-wenaweser")).containsExactly("7", "8", "2007-12-13");
		assertThat(this.jdbc.sql("select count(*) from revision").query(Long.class).single()).isEqualTo(revisions + 1);
		assertThat(this.jdbc.sql("""
				select pe.slug from assembly_president_aud a join person pe on pe.id = a.person_id
				where a.rev = (select max(id) from revision where username = 'system') and a.revtype = 1""")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("sidiki-kaba", "o-gon-kwon");
		assertThat(this.jdbc.sql("""
				select p.period_note from assembly_president p join person pe on pe.id = p.person_id
				where pe.slug = 'sidiki-kaba'""").query(String.class).single())
			.contains("from the thirteenth to the sixteenth session");
	}

	private void period(String person, String from, String to) {
		this.jdbc.sql("""
				update assembly_president
				set from_session_id = (select id from assembly_session where slug = :from),
				    to_session_id = (select id from assembly_session where slug = :to),
				    period_note = 'as shipped'
				where person_id = (select id from person where slug = :person)""")
			.param("from", from)
			.param("to", to)
			.param("person", person)
			.update();
	}

	private List<String> period(String person) {
		return this.jdbc.sql("""
				select f.slug, t.slug, p.elected_on::text from assembly_president p
				join person pe on pe.id = p.person_id
				left join assembly_session f on f.id = p.from_session_id
				left join assembly_session t on t.id = p.to_session_id
				where pe.slug = :person""")
			.param("person", person)
			.query((rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
	}

}
