package org.asprecords.session;

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
 * A database loaded with the sessions shipped before their dates were corrected gets the
 * corrections from {@code V17__session_dates_from_sources.sql}: a session whose date note
 * is still as shipped is corrected, on record; one an editor has changed is kept.
 */
@IntegrationTest
@Transactional
class SessionCorrectionIT {

	/** The fourth session's date note as shipped before. */
	private static final String SHIPPED_NOTE = "Opened on 28 November 2005 (press release ICC-ASP-20051127-117); the end date is not confirmed. The handbook of the fifth session mentions the Assembly's “4th meeting, on 3 December 2005”.";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void sessionsStillAsShippedAreCorrectedAndEditedOnesAreKept() {
		this.jdbc.sql("update assembly_session set end_date = null, date_note = :note where slug = '4'")
			.param("note", SHIPPED_NOTE)
			.update();
		this.jdbc.sql("update assembly_session set date_note = 'Edited by an editor.' where slug = '18'").update();
		long revisions = this.jdbc.sql("select count(*) from revision").query(Long.class).single();

		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V17__session_dates_from_sources.sql"))
			.populate(DataSourceUtils.getConnection(this.dataSource));

		assertThat(this.jdbc.sql("select end_date::text from assembly_session where slug = '4'")
			.query(String.class)
			.single()).isEqualTo("2005-12-03");
		assertThat(
				this.jdbc.sql("select date_note from assembly_session where slug = '18'").query(String.class).single())
			.isEqualTo("Edited by an editor.");
		assertThat(this.jdbc.sql("select count(*) from revision").query(Long.class).single()).isEqualTo(revisions + 1);
		assertThat(this.jdbc.sql("""
				select s.slug from assembly_session_aud a join assembly_session s on s.id = a.id
				where a.rev = (select max(id) from revision where username = 'system')""").query(String.class).list())
			.containsExactly("4");
	}

}
