package org.asprecords.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A structural guard against queries per row and against lists whose cost grows with the
 * records: every public page issues as many SQL statements with the shipped records as
 * with ten and a hundred times more. Values otherwise kept until the records change
 * (filter options, key figures: {@code RecordsCache}) are computed on every request here,
 * inside the test's read-write transaction, so they are counted as a page after a save
 * pays them. (The copies are rolled back after the test.)
 */
@IntegrationTest
@Transactional
class PageQueryCountIT {

	private static final Logger logger = LoggerFactory.getLogger(PageQueryCountIT.class);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManager entityManager;

	/**
	 * Every page, with the shipped records and with ten and a hundred times more.
	 */
	@Test
	void everyPublicPageIssuesAsManyStatementsWithAHundredTimesMoreRecords() throws Exception {
		List<String> pages = pages();
		long resolutions = count("resolution");
		Map<String, Integer> shipped = measure(pages);

		multiplyByTen("c");
		assertThat(count("resolution")).isEqualTo(resolutions * 10);
		Map<String, Integer> tenfold = measure(pages);

		multiplyByTen("d");
		assertThat(count("resolution")).isEqualTo(resolutions * 100);
		Map<String, Integer> hundredfold = measure(pages);

		logger.info("SQL statements per page, with the shipped records and a hundred times more: {} {}", shipped,
				hundredfold);
		assertThat(tenfold).isEqualTo(shipped);
		assertThat(hundredfold).isEqualTo(shipped);
		assertThat(shipped.values()).allMatch((statements) -> statements <= 16);
	}

	/**
	 * Adds nine copies of every record, on the test transaction's connection so that they
	 * are rolled back with it. The copying is no page and may take longer than the portal
	 * lets a statement run (it matches every copy's key against every original's): no
	 * time limit for this transaction. Then the planner's statistics are brought up to
	 * date, as autovacuum does after such growth (ANALYZE counts the rows this
	 * transaction added): with the statistics of ten times fewer rows, PostgreSQL may
	 * pick a plan that runs for minutes, depending on whether autovacuum happened to
	 * analyze the tables before the test began.
	 */
	private void multiplyByTen(String copy) throws Exception {
		String script = "set local statement_timeout = 0;\n"
				+ new ClassPathResource("sql/tenfold.sql").getContentAsString(StandardCharsets.UTF_8)
					.replace("{copy}", copy)
				+ "\nanalyze;\n";
		new ResourceDatabasePopulator(new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)))
			.populate(DataSourceUtils.getConnection(this.dataSource));
	}

	private List<String> pages() {
		List<String> pages = new ArrayList<>(List.of("/", "/sessions", "/sessions/22", "/sessions/S-1",
				"/sessions/19-resumed-2", "/resolutions", "/resolutions?q=cooperation", "/resolutions?q=Res.4",
				"/resolutions?topic=budget&sort=TITLE", "/resolutions?session=22&sort=OLDEST",
				"/resolutions?q=cooperation&topic=cooperation", "/resolutions/ICC-ASP/22/Res.4", "/elections",
				"/elections?body=JUDGES", "/elections?session=22", "/elections/22/judges",
				"/elections/19-resumed-2/prosecutor", "/budgets", "/budgets/2024", "/presidents", "/statements",
				"/statements?situation=Libya", "/statements?session=22&segment=GENERAL_DEBATE",
				"/statements?organization=coalition-for-the-icc", "/states", "/states/armenia", "/states/costa-rica",
				"/states/finland", "/states/finland/people", "/states/finland/candidacies?page=1", "/people",
				"/people/paivi-kaukoranta", "/people/paivi-kaukoranta/statements", "/organizations",
				"/organizations/coalition-for-the-icc", "/organizations/coalition-for-the-icc/statements",
				"/search?q=budget", "/search?q=court&kind=RESOLUTION", "/search?q=court&kind=STATEMENT"));
		pages.add(first("select '/statements/22/' || slug from statement where session_id = "
				+ "(select id from assembly_session where slug = '22') and segment = 'PLENARY_COOPERATION' order by id"));
		pages.add(first("select '/sessions/22/side-events/' || slug from side_event order by id"));
		pages.add(first("select '/sessions/22/decisions/' || d.slug from decision d join assembly_session s "
				+ "on s.id = d.session_id where s.slug = '22' and d.seats_after is not null"));
		pages.add(first("select '/sessions/22/amendments/' || a.slug from amendment a order by a.id"));
		pages.add(first("select '/sessions/22/policies/' || p.slug from policy p order by p.id"));
		// the open data: feeds, the API's root and an outcome's JSON, list downloads, a
		// citation
		pages.addAll(List.of("/feeds/all.atom", "/feeds/resolutions.atom", "/feeds/sessions/22.atom",
				"/feeds/search.atom?q=victims", "/api/v1", "/api/v1" + pages.get(pages.size() - 2), "/open-data",
				"/sessions.csv", "/resolutions.csv", "/resolutions.csv?topic=budget", "/elections.csv",
				"/elections.csv?body=JUDGES", "/budgets.csv", "/statements.csv", "/statements.csv?situation=Libya",
				"/states.csv", "/people.csv", "/organizations.csv", "/search.csv?q=court",
				"/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4", "/cite/csl-json?record=/sessions/22"));
		// the lists' JSON twins
		pages.addAll(List.of("/api/v1/sessions", "/api/v1/presidents", "/api/v1/resolutions",
				"/api/v1/resolutions?session=22", "/api/v1/elections", "/api/v1/elections?body=JUDGES",
				"/api/v1/budgets", "/api/v1/statements", "/api/v1/statements?situation=Libya", "/api/v1/states",
				"/api/v1/people", "/api/v1/organizations", "/api/v1/search?q=budget",
				"/api/v1/search?q=court&kind=RESOLUTION"));
		// the lists of a session's outcomes of one kind
		pages.addAll(List.of("/sessions/22/side-events", "/sessions/22/amendments", "/sessions/22/accessions"));
		return pages;
	}

	private Map<String, Integer> measure(List<String> pages) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : pages) {
			// each request starts with an empty persistence context, as it does outside
			// this test's transaction
			this.entityManager.clear();
			this.statements.reset();
			// any type: the API and the downloads answer JSON, Atom, CSV
			assertThat(this.mvc.get().uri(page).exchange()).as(page).hasStatusOk();
			counts.put(page, this.statements.count());
		}
		return counts;
	}

	private String first(String sql) {
		return this.jdbc.sql(sql).query(String.class).list().get(0);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
