package org.asprecords.election;

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
 * A database loaded with the elections shipped before their completion gets it from
 * {@code V21__elections_completed_from_sources.sql}: an election still as shipped gets
 * its candidates, rounds and votes, and the people and State they name, on record; one an
 * editor has changed is kept.
 */
@IntegrationTest
@Transactional
class ElectionCompletionIT {

	private static final String SYSTEM_REVISION = "(select max(id) from revision where username = 'system')";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void electionsStillAsShippedAreCompletedAndEditedOnesAreKept() {
		long prosecutor = election("19-resumed-2", "prosecutor");
		update("delete from election_round where election_id = :id and number = 1", prosecutor);
		update("""
				delete from round_vote where position > 0
				and round_id = (select id from election_round where election_id = :id and number = 2)""", prosecutor);
		update("""
				update election_round set required_majority = null,
				note = 'The vote count is from a press report (Republic World).' where election_id = :id""",
				prosecutor);
		update("delete from candidacy where election_id = :id and position > 1", prosecutor);
		update("""
				update election set term_start = null, term_note = null, majority_rule = null,
				sources = trim_array(sources, 3),
				summary = 'Karim A.A. Khan was elected Prosecutor in the second round of voting, with 72 votes.'
				where id = :id""", prosecutor);
		long judges2009 = election("7-resumed-1", "judges");
		update("delete from candidacy where election_id = :id", judges2009);
		update("""
				update election set method = null, round_count = null, sources = trim_array(sources, 2),
				summary = 'Election of six judges. The names of those elected are not given in the sources.'
				where id = :id""", judges2009);
		this.jdbc.sql("""
				delete from person where slug in ('fergal-gaynor', 'carlos-castresana', 'francesco-lo-voi',
				'mohamed-shahabuddeen')""").update();
		this.jdbc.sql("delete from state where slug = 'guyana'").update();
		long judges2023 = election("22", "judges");
		update("delete from candidacy where election_id = :id and position > 6", judges2023);
		update("update candidacy set elected_in_round = null where election_id = :id", judges2023);
		update("update election set summary = 'Edited by an editor.' where id = :id", judges2023);
		long revisions = this.jdbc.sql("select count(*) from revision").query(Long.class).single();
		int version = this.jdbc.sql("select version from election where id = :id")
			.param("id", prosecutor)
			.query(Integer.class)
			.single();

		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V21__elections_completed_from_sources.sql"))
			.populate(DataSourceUtils.getConnection(this.dataSource));

		assertThat(votes(prosecutor, 1)).containsExactly("karim-khan 59", "fergal-gaynor 47", "carlos-castresana 12",
				"francesco-lo-voi 5");
		assertThat(votes(prosecutor, 2)).containsExactly("karim-khan 72", "fergal-gaynor 42", "carlos-castresana 5",
				"francesco-lo-voi 3");
		assertThat(this.jdbc.sql("""
				select e.version || ' ' || e.majority_rule || ' ' || r.required_majority || ' ' || r.note
				from election e join election_round r on r.election_id = e.id where e.id = :id and r.number = 2""")
			.param("id", prosecutor)
			.query(String.class)
			.single())
			.isEqualTo((version + 1) + " a majority of the 123 States Parties: 62 votes 62 "
					+ "One member did not vote. The figures are from press reports (Republic World, Irish Legal News).");
		assertThat(this.jdbc.sql("""
				select p.name || ' ' || s.name from person p join state s on s.id = p.nationality_id
				where p.slug in ('fergal-gaynor', 'mohamed-shahabuddeen') order by p.slug""")
			.query(String.class)
			.list()).containsExactly("Fergal Gaynor Ireland", "Mohamed Shahabuddeen Guyana");
		assertThat(candidates(judges2009)).containsExactly("mohamed-shahabuddeen 1", "fumiko-saiga 1",
				"cuno-tarfusser 3", "sanji-mmasenono-monageng 4", "christine-van-den-wyngaert 5", "joyce-aluoch 9",
				"wilhelmina-thomassen");
		assertThat(candidates(judges2023)).hasSize(6).allMatch((candidate) -> !candidate.contains(" "));
		assertThat(this.jdbc.sql("select summary from election where id = :id")
			.param("id", judges2023)
			.query(String.class)
			.single()).isEqualTo("Edited by an editor.");

		assertThat(this.jdbc.sql("select count(*) from revision").query(Long.class).single()).isEqualTo(revisions + 1);
		assertThat(onRecord("election_aud", "id")).containsExactlyInAnyOrder(prosecutor + " 1", judges2009 + " 1");
		assertThat(onRecord("candidacy_aud", "election_id")).hasSize(10)
			.containsOnly(prosecutor + " 0", judges2009 + " 0");
		assertThat(onRecord("election_round_aud", "number")).containsExactlyInAnyOrder("1 0", "2 1");
		assertThat(onRecord("round_vote_aud", "votes")).hasSize(7);
		assertThat(onRecord("person_aud", "slug")).containsExactlyInAnyOrder("fergal-gaynor 0", "carlos-castresana 0",
				"francesco-lo-voi 0", "mohamed-shahabuddeen 0");
		assertThat(onRecord("state_aud", "slug || ' ' || code")).containsExactly("guyana GY 0");
	}

	private long election(String session, String slug) {
		return this.jdbc.sql("""
				select e.id from election e join assembly_session s on s.id = e.session_id
				where s.slug = :session and e.slug = :slug""")
			.param("session", session)
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	private void update(String sql, long election) {
		this.jdbc.sql(sql).param("id", election).update();
	}

	/** The votes of a round, in their order, as "person votes". */
	private List<String> votes(long election, int round) {
		return this.jdbc.sql("""
				select p.slug || ' ' || v.votes from round_vote v join election_round r on r.id = v.round_id
				join candidacy c on c.id = v.candidacy_id join person p on p.id = c.person_id
				where r.election_id = :id and r.number = :round order by v.position""")
			.param("id", election)
			.param("round", round)
			.query(String.class)
			.list();
	}

	/** The candidates of an election, in their order, as "person round elected in". */
	private List<String> candidates(long election) {
		return this.jdbc.sql("""
				select concat_ws(' ', p.slug, c.elected_in_round) from candidacy c join person p on p.id = c.person_id
				where c.election_id = :id order by c.position""").param("id", election).query(String.class).list();
	}

	/**
	 * What the last revision by "system" holds in a history table, as "column revtype".
	 */
	private List<String> onRecord(String table, String column) {
		return this.jdbc
			.sql("select " + column + " || ' ' || revtype from " + table + " where rev = " + SYSTEM_REVISION)
			.query(String.class)
			.list();
	}

}
