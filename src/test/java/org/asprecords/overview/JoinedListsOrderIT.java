package org.asprecords.overview;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
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
 * A State's statements delivered on its behalf and the side events it co-sponsored are
 * listed newest session first, then by day, page after page: here Zambia is named by
 * every shipped statement and side event (up to forty and twenty), of several sessions.
 * The lists are read in that order from indexes on the dates each join row keeps of its
 * record (V29), so the tests also check that the dates follow a corrected session, a
 * moved statement and a statement given another day.
 */
@IntegrationTest
@Transactional
class JoinedListsOrderIT {

	private static final String STATE = "zambia";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	/** Forgets the records read before a change made in SQL, as a new request would. */
	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void zambiaIsNamedByStatementsAndSideEventsOfSeveralSessions() {
		link("statement_on_behalf_state", "statement", "statement_id", 40);
		link("side_event_cosponsor", "side_event", "side_event_id", 20);
	}

	/** Names the State in the first records of a table, after those each names. */
	private void link(String joinTable, String recordTable, String recordColumn, int most) {
		this.jdbc.sql("""
				insert into %1$s (%3$s, state_id, position)
				select r.id, z.id, (select coalesce(max(j.position) + 1, 0) from %1$s j where j.%3$s = r.id)
				from %2$s r, state z where z.slug = :state
				  and not exists (select 1 from %1$s j where j.%3$s = r.id and j.state_id = z.id)
				order by r.id limit :most""".formatted(joinTable, recordTable, recordColumn))
			.param("state", STATE)
			.param("most", most)
			.update();
	}

	@Test
	void bothListsShowTheNewestSessionFirstThenByDayOnEveryPage() {
		List<String> statements = expectedStatements();
		assertThat(statements).hasSizeGreaterThan(ProfileLists.SHOWN);
		assertThat(statements.stream().map((path) -> path.split("/")[2]).distinct()).hasSizeGreaterThan(1);

		assertThat(listed("statements-on-behalf", "/statements/")).isEqualTo(statements);
		assertThat(listed("side-events", "/side-events/")).isEqualTo(expectedSideEvents()).isNotEmpty();
		assertThat(links(page(this.mvc, "/states/" + STATE).select("ul.statements-on-behalf").first(), "/statements/"))
			.isEqualTo(statements.subList(0, ProfileLists.SHOWN));
	}

	@Test
	void theOrderFollowsACorrectedSessionAMovedStatementAndAnotherDay() {
		List<String> before = expectedStatements();
		String oldest = before.get(before.size() - 1);
		this.jdbc.sql("""
				update assembly_session set start_date = date '2031-01-05', end_date = date '2031-01-09'
				where slug = :session""").param("session", oldest.split("/")[2]).update();
		this.entityManager.clear();
		List<String> corrected = listed("statements-on-behalf", "/statements/");
		assertThat(corrected).isEqualTo(expectedStatements());
		assertThat(corrected.get(0).split("/")[2]).isEqualTo(oldest.split("/")[2]);

		String moved = corrected.get(corrected.size() - 1);
		this.jdbc.sql("""
				update statement set session_id = (select id from assembly_session where slug = 'S-1')
				where slug = :slug and session_id = (select id from assembly_session where slug = :session)""")
			.param("slug", moved.split("/")[3])
			.param("session", moved.split("/")[2])
			.update();
		String redated = corrected.get(1);
		this.jdbc.sql("""
				update statement set delivered_on = date '2001-01-01'
				where slug = :slug and session_id = (select id from assembly_session where slug = :session)""")
			.param("slug", redated.split("/")[3])
			.param("session", redated.split("/")[2])
			.update();
		this.entityManager.clear();

		assertThat(listed("statements-on-behalf", "/statements/")).isEqualTo(expectedStatements())
			.isNotEqualTo(corrected)
			.contains(moved.replace("/" + moved.split("/")[2] + "/", "/S-1/"));
		assertThat(this.jdbc
			.sql("""
					select (select count(*) from statement_on_behalf_state j join statement r on r.id = j.statement_id
					        join assembly_session s on s.id = r.session_id
					        where j.session_start is distinct from s.start_date or j.record_date is distinct from r.delivered_on)
					     + (select count(*) from side_event_cosponsor j join side_event r on r.id = j.side_event_id
					        join assembly_session s on s.id = r.session_id
					        where j.session_start is distinct from s.start_date or j.record_date is distinct from r.held_on)""")
			.query(Integer.class)
			.single()).as("join rows whose dates are not their record's").isZero();
	}

	/**
	 * The State's statements the public sees, in the list's order read from the records'
	 * own dates: each as its address.
	 */
	private List<String> expectedStatements() {
		return expected("'/statements/' || s.slug || '/' || r.slug", "statement_on_behalf_state", "statement",
				"statement_id", "delivered_on");
	}

	/** The State's side events the public sees, in the list's order. */
	private List<String> expectedSideEvents() {
		return expected("'/sessions/' || s.slug || '/side-events/' || r.slug", "side_event_cosponsor", "side_event",
				"side_event_id", "held_on");
	}

	private List<String> expected(String address, String joinTable, String recordTable, String recordColumn,
			String date) {
		return this.jdbc
			.sql("""
					select %s from %s j join %s r on r.id = j.%s
					join assembly_session s on s.id = r.session_id join state z on z.id = j.state_id and z.slug = :state
					where r.published and r.deleted_at is null and s.published and s.deleted_at is null
					order by s.start_date desc nulls last, r.%s nulls last, r.id""".formatted(address, joinTable,
					recordTable, recordColumn, date))
			.param("state", STATE)
			.query(String.class)
			.list();
	}

	/** The addresses of the links in {@code part} to records of this kind. */
	private static List<String> links(Element part, String records) {
		return part.select("a[href]").eachAttr("href").stream().filter((href) -> href.contains(records)).toList();
	}

	/** The addresses a list of the State shows, every page read. */
	private List<String> listed(String list, String records) {
		List<String> rows = new ArrayList<>();
		String next = "/states/" + STATE + "/" + list;
		while (!next.isEmpty()) {
			Document page = page(this.mvc, next);
			rows.addAll(links(page.selectFirst("main"), records));
			next = page.select("nav.pagination a[rel=next]").attr("href");
		}
		return rows;
	}

}
