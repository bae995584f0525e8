package org.asprecords.election;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.asprecords.overview.ProfileLists;
import org.asprecords.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A State's candidacies (its own and its nationals') are listed newest session first,
 * then by election and by the ballot's order, page after page: here Zambia stands in
 * every election, as itself in some and through a national in others. The list is read in
 * that order from indexes on a date each candidacy keeps of its session (V26), so the
 * tests also check that the date follows a corrected session and a moved election.
 */
@IntegrationTest
@Transactional
class CandidacyOrderIT {

	private static final String STATE = "zambia";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	/** Forgets the records read before a change made in SQL, as a new request would. */
	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void zambiaStandsInEveryElection() {
		this.jdbc.sql("""
				insert into candidacy (election_id, position, state_id, person_id, nationality_id, role)
				select e.id, (select coalesce(max(x.position), 0) + 1 from candidacy x where x.election_id = e.id),
				       case when e.id % 2 = 0 then z.id end,
				       case when e.id % 2 = 1 then (select min(p.id) from person p where p.published) end,
				       case when e.id % 2 = 1 then z.id end,
				       'Test candidacy'
				from election e, state z where z.slug = :state""").param("state", STATE).update();
	}

	@Test
	void everyPageListsTheCandidaciesNewestSessionFirstAndLeavesOutWhatThePublicDoesNotSee() {
		this.jdbc.sql("update election set published = false where id = (select min(id) from election)").update();
		// a session back to draft takes the sessions that resume it out of view too
		this.jdbc.sql("update assembly_session set published = false where slug = '19'").update();
		List<String> expected = expected();
		assertThat(expected).hasSizeGreaterThan(2 * ProfileLists.SHOWN);

		assertThat(listed()).isEqualTo(expected);
		assertThat(rows(page(this.mvc, "/states/" + STATE), "#candidacies-heading + .table-wrap tbody tr"))
			.isEqualTo(expected.subList(0, ProfileLists.SHOWN));
		assertThat(page(this.mvc, "/states/" + STATE).select("#candidacies-heading ~ p.more a").text())
			.isEqualTo("All " + expected.size() + " candidacies");
	}

	@Test
	void theOrderFollowsACorrectedSessionDateAndAMovedElection() {
		List<String> before = expected();
		String oldest = before.get(before.size() - 1);
		this.jdbc.sql("""
				update assembly_session set start_date = date '2031-01-05', end_date = date '2031-01-09'
				where id = (select e.session_id from election e where e.slug = :election
				            and e.session_id = (select id from assembly_session where slug = :session))""")
			.param("session", oldest.split("/")[2])
			.param("election", oldest.split("/")[3].split(" ")[0])
			.update();
		this.entityManager.clear();

		List<String> corrected = listed();
		assertThat(corrected).isEqualTo(expected());
		assertThat(corrected.get(0)).isEqualTo(oldest);

		this.jdbc
			.sql("""
					update election e set session_id = (select id from assembly_session where slug = '24')
					where e.id = (select min(x.id) from election x join assembly_session s on s.id = x.session_id
					              where s.slug = '20' and not exists (select 1 from election y
					                  join assembly_session t on t.id = y.session_id where t.slug = '24' and y.slug = x.slug))""")
			.update();
		this.entityManager.clear();

		assertThat(listed()).isEqualTo(expected()).isNotEqualTo(corrected);
		assertThat(this.jdbc.sql("""
				select count(*) from candidacy c join election e on e.id = c.election_id
				join assembly_session s on s.id = e.session_id where c.session_start is distinct from s.start_date""")
			.query(Integer.class)
			.single()).as("candidacies whose date is not their session's").isZero();
	}

	/**
	 * The State's candidacies the public sees, in the list's order read from the
	 * sessions' own dates: each as its election's address and its candidate's.
	 */
	private List<String> expected() {
		return this.jdbc.sql("""
				select '/elections/' || s.slug || '/' || e.slug || ' ' || coalesce('/people/' || p.slug, '-')
				from candidacy c join election e on e.id = c.election_id join assembly_session s on s.id = e.session_id
				left join person p on p.id = c.person_id
				join state z on z.slug = :state and (c.state_id = z.id or c.nationality_id = z.id)
				where e.published and e.deleted_at is null and s.published and s.deleted_at is null
				  and (s.parent_id is null or public_session(s.parent_id))
				order by s.start_date desc nulls last, e.id, c.position""")
			.param("state", STATE)
			.query(String.class)
			.list();
	}

	/** The State's candidacies as its list shows them, every page read. */
	private List<String> listed() {
		List<String> rows = new ArrayList<>();
		String next = "/states/" + STATE + "/candidacies";
		while (!next.isEmpty()) {
			Document page = page(this.mvc, next);
			rows.addAll(rows(page, "main table tbody tr"));
			next = page.select("nav.pagination a[rel=next]").attr("href");
		}
		return rows;
	}

	private static List<String> rows(Document page, String selector) {
		return page.select(selector).stream().map(CandidacyOrderIT::row).toList();
	}

	private static String row(Element row) {
		Element candidate = row.selectFirst("td a");
		return row.selectFirst("th a").attr("href") + " " + ((candidate != null) ? candidate.attr("href") : "-");
	}

}
