package org.asprecords.resolution;

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
 * A database loaded with the records shipped before the cited resolutions gets them from
 * {@code V22__resolutions_cited_from_sources.sql}: a resolution that still refers to none
 * is linked to the earlier ones it recalls (created first when the load has not yet), a
 * session whose summary and topics are still as shipped is completed, on record; what an
 * editor has changed is kept.
 */
@IntegrationTest
@Transactional
class CitedResolutionsCompletionIT {

	private static final String MIGRATION = "db/migration/V22__resolutions_cited_from_sources.sql";

	/** The twelfth session's summary as shipped before. */
	private static final String SHIPPED_SUMMARY = "The twelfth session met in The Hague from 20 to 28 November 2013. According to the handbook of the thirteenth session, that session (New York, 8–17 December 2014) was decided at the 12th plenary meeting, on 27 November 2013.";

	/**
	 * The resolutions on cooperation ICC-ASP/15/Res.3 recalls that were shipped since.
	 */
	private static final List<String> COOPERATION = List.of("ICC-ASP/8/Res.2", "ICC-ASP/9/Res.3", "ICC-ASP/10/Res.2",
			"ICC-ASP/11/Res.5", "ICC-ASP/12/Res.3", "ICC-ASP/13/Res.3", "ICC-ASP/14/Res.3");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void recordsStillAsShippedAreCompletedAndEditedOnesAreKept() {
		// ICC-ASP/15/Res.3 and the twelfth session as shipped before, and the resolutions
		// it recalls not loaded yet
		this.jdbc.sql("""
				delete from resolution_reference
				where resolution_id = (select id from resolution where symbol = 'ICC-ASP/15/Res.3')""").update();
		this.jdbc.sql("delete from resolution where symbol in (:symbols)").param("symbols", COOPERATION).update();
		this.jdbc.sql("""
				update assembly_session
				set summary = :summary, topics = '{}',
				    sources = array['http://iccnow.org/?mod=asp12', 'https://deploy.doczz.net/doc/6594014/a-s-p']
				where slug = '12'""").param("summary", SHIPPED_SUMMARY).update();
		// an editor's changes: a link of ICC-ASP/6/Res.1 taken out, the eleventh
		// session's
		// summary rewritten
		this.jdbc.sql("""
				delete from resolution_reference
				where resolution_id = (select id from resolution where symbol = 'ICC-ASP/6/Res.1')
				  and refers_to_id = (select id from resolution where symbol = 'ICC-ASP/5/Res.1')""").update();
		this.jdbc.sql("update assembly_session set summary = 'Edited by an editor.' where slug = '11'").update();
		long revisions = this.jdbc.sql("select count(*) from revision").query(Long.class).single();

		run();

		assertThat(refersTo("ICC-ASP/15/Res.3")).containsExactlyInAnyOrder("ICC-ASP/6/Res.2", "ICC-ASP/8/Res.2",
				"ICC-ASP/9/Res.3", "ICC-ASP/10/Res.2", "ICC-ASP/11/Res.5", "ICC-ASP/12/Res.3", "ICC-ASP/13/Res.3",
				"ICC-ASP/14/Res.3");
		assertThat(this.jdbc.sql("""
				select coalesce(title, '-') || ' | ' || s.slug || ' | ' || r.summary || ' | ' || r.topics::text
				       || ' | ' || (r.published and r.published_at is not null)
				from resolution r join assembly_session s on s.id = r.session_id
				where symbol = 'ICC-ASP/8/Res.2'""").query(String.class).single())
			.isEqualTo("- | 8 | Recalled in ICC-ASP/15/Res.3 as the resolution on cooperation. | {cooperation} | true");
		assertThat(this.jdbc
			.sql("select topics::text || ' ' || (:pr = any (sources)) from assembly_session where slug = '12'")
			.param("pr", "https://asp.icc-cpi.int/press-releases/PR967")
			.query(String.class)
			.single()).isEqualTo("{budget,cooperation,amendments,omnibus,victims,governance} true");
		assertThat(this.jdbc.sql("select summary from assembly_session where slug = '12'").query(String.class).single())
			.startsWith(SHIPPED_SUMMARY + " It adopted eight resolutions, all by consensus");

		assertThat(refersTo("ICC-ASP/6/Res.1")).containsExactly("ICC-ASP/4/Res.2");
		assertThat(this.jdbc.sql("select summary from assembly_session where slug = '11'").query(String.class).single())
			.isEqualTo("Edited by an editor.");

		assertThat(this.jdbc.sql("select count(*) from revision").query(Long.class).single()).isEqualTo(revisions + 1);
		assertThat(this.jdbc.sql("""
				select r.symbol || ' ' || a.revtype from resolution_aud a join resolution r on r.id = a.id
				where a.rev = (select max(id) from revision where username = 'system')""").query(String.class).list())
			.containsExactlyInAnyOrder("ICC-ASP/15/Res.3 1", "ICC-ASP/8/Res.2 0", "ICC-ASP/9/Res.3 0",
					"ICC-ASP/10/Res.2 0", "ICC-ASP/11/Res.5 0", "ICC-ASP/12/Res.3 0", "ICC-ASP/13/Res.3 0",
					"ICC-ASP/14/Res.3 0");
		assertThat(this.jdbc.sql("""
				select count(*) from resolution_reference_aud
				where rev = (select max(id) from revision where username = 'system') and revtype = 0""")
			.query(Long.class)
			.single()).isEqualTo(8);
		assertThat(this.jdbc.sql("""
				select s.slug from assembly_session_aud a join assembly_session s on s.id = a.id
				where a.rev = (select max(id) from revision where username = 'system')""").query(String.class).list())
			.containsExactly("12");
	}

	/**
	 * On the records as shipped now (as in a database created after them) the guards find
	 * nothing: no change, no revision.
	 */
	@Test
	void recordsAsShippedNowAreLeftAsTheyAre() {
		long revisions = this.jdbc.sql("select count(*) from revision").query(Long.class).single();
		long references = this.jdbc.sql("select count(*) from resolution_reference").query(Long.class).single();

		run();

		assertThat(this.jdbc.sql("select count(*) from revision").query(Long.class).single()).isEqualTo(revisions);
		assertThat(this.jdbc.sql("select count(*) from resolution_reference").query(Long.class).single())
			.isEqualTo(references);
	}

	private void run() {
		new ResourceDatabasePopulator(new ClassPathResource(MIGRATION))
			.populate(DataSourceUtils.getConnection(this.dataSource));
	}

	private List<String> refersTo(String symbol) {
		return this.jdbc.sql("""
				select t.symbol from resolution_reference x
				join resolution r on r.id = x.resolution_id join resolution t on t.id = x.refers_to_id
				where r.symbol = ?""").param(symbol).query(String.class).list();
	}

}
