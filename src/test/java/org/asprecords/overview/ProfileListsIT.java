package org.asprecords.overview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile's page shows the first {@value ProfileLists#SHOWN} records of each list and
 * links to all of them, page by page: made here with people and organizations added in
 * the test's transaction (rolled back after it), since no shipped profile has as many.
 */
@IntegrationTest
@Transactional
class ProfileListsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void statePageShowsItsFirstFifteenNationalsAndLinksToAllOfThem() {
		addNationals("zambia", 25);
		int nationals = count(
				"select count(*) from person p join state s on s.id = p.nationality_id" + " where s.slug = 'zambia'");

		Document page = page(this.mvc, "/states/zambia");

		List<String> shown = page.select("#people-heading ~ ul li a").eachText();
		assertThat(shown).hasSize(ProfileLists.SHOWN);
		assertThat(added(shown)).isSorted();
		assertThat(page.select("#people-heading ~ p.more a").attr("href")).isEqualTo("/states/zambia/people");
		assertThat(page.select("#people-heading ~ p.more a").text())
			.isEqualTo("All " + nationals + " people of this nationality");
		// Lists with fewer records than the page shows have no such link.
		assertThat(page.select("p.more")).hasSize(1);

		Document french = page(this.mvc, "/states/zambia?lang=fr");
		assertThat(french.select("#people-heading ~ p.more a").text())
			.isEqualTo("Les " + nationals + " personnes de cette nationalité");
		assertThat(french.select("#people-heading ~ p.more a").attr("href")).isEqualTo("/states/zambia/people?lang=fr");
	}

	@Test
	void listPageShowsEveryRecordPageByPage() {
		addNationals("zambia", 25);
		int nationals = count(
				"select count(*) from person p join state s on s.id = p.nationality_id" + " where s.slug = 'zambia'");

		Document first = page(this.mvc, "/states/zambia/people");
		Document second = page(this.mvc, "/states/zambia/people?page=2");

		assertThat(first.selectFirst("h1").text()).isEqualTo("People of this nationality");
		assertThat(first.select("main hgroup a").attr("href")).isEqualTo("/states/zambia");
		assertThat(first.title()).startsWith("People of this nationality · Zambia");
		List<String> everyone = new ArrayList<>(first.select("main > ul > li > a").eachText());
		everyone.addAll(second.select("main > ul > li > a").eachText());
		assertThat(everyone).hasSize(nationals).doesNotHaveDuplicates();
		assertThat(added(everyone)).hasSize(25).isSorted();
		assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/states/zambia/people?page=2");
		// The first fifteen on the State's page are the list's first fifteen.
		assertThat(page(this.mvc, "/states/zambia").select("#people-heading ~ ul li a").eachText())
			.isEqualTo(everyone.subList(0, ProfileLists.SHOWN));
	}

	@Test
	void organizationPageBoundsItsPartsAndTheApiCountsThem() throws Exception {
		int added = 18;
		IntStream.rangeClosed(1, added)
			.forEach((n) -> this.jdbc
				.sql("insert into organization (slug, name, kind, parent_id, published_at) select :slug, :name,"
						+ " 'NGO', id, now() from organization where slug = 'coalition-for-the-icc'")
				.param("slug", "test-part-%02d".formatted(n))
				.param("name", "Test part %02d".formatted(n))
				.update());
		int parts = count("select count(*) from organization o join organization p on p.id = o.parent_id"
				+ " where p.slug = 'coalition-for-the-icc'");

		Document page = page(this.mvc, "/organizations/coalition-for-the-icc");

		assertThat(page.select("#members-heading ~ ul li a")).hasSize(ProfileLists.SHOWN);
		assertThat(page.select("#members-heading ~ p.more a").attr("href"))
			.isEqualTo("/organizations/coalition-for-the-icc/members");
		assertThat(page(this.mvc, "/organizations/coalition-for-the-icc/members").select("main > ul > li > a"))
			.hasSize(parts);
		DocumentContext json = JsonPath.parse(api("/api/v1/organizations/coalition-for-the-icc"));
		assertThat(json.read("$.counts.members", Integer.class)).isEqualTo(parts);
		assertThat(json.read("$.members.length()", Integer.class)).isEqualTo(ProfileLists.SHOWN);
	}

	@Test
	void listWithNothingRecordedSaysSoAndUnknownListsAreNotFound() {
		Document empty = page(this.mvc, "/states/armenia/candidacies");
		assertThat(empty.select("main p.empty").text()).isEqualTo("None is recorded.");

		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/states/armenia/treaties"), 404, "Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/people/paivi-kaukoranta/statements?page=9"), 404,
				"Page not found");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/states/atlantis/people"), 404, "Page not found");
	}

	@Test
	void aSessionBackToDraftTakesTheRecordsOfTheSessionsResumingItOutOfEveryCount() throws Exception {
		this.jdbc
			.sql("""
					insert into side_event (session_id, slug, title)
					select id, 'test-resumed', 'Test event of a resumed session' from assembly_session where slug = '19-resumed-1'""")
			.update();
		this.jdbc.sql("""
				insert into side_event_cosponsor (side_event_id, state_id, position)
				select e.id, z.id, 0 from side_event e, state z where e.slug = 'test-resumed' and z.slug = 'zambia'""")
			.update();
		this.jdbc
			.sql("""
					insert into accession (session_id, state_id)
					select r.id, z.id from assembly_session r, state z where r.slug = '19-resumed-1' and z.slug = 'zambia'""")
			.update();
		DocumentContext shown = JsonPath.parse(api("/api/v1/states/zambia"));
		assertThat(shown.read("$.counts.side-events", Integer.class)).isPositive();
		assertThat(shown.read("$.counts.accessions", Integer.class)).isPositive();

		this.jdbc.sql("update assembly_session set published = false where slug = '19'").update();

		DocumentContext hidden = JsonPath.parse(api("/api/v1/states/zambia"));
		assertThat(hidden.read("$.counts.side-events", Integer.class))
			.isEqualTo(shown.read("$.counts.side-events", Integer.class) - 1);
		assertThat(hidden.read("$.counts.accessions", Integer.class))
			.isEqualTo(shown.read("$.counts.accessions", Integer.class) - 1);
		assertThat(hidden.read("$.counts.candidacies", Integer.class)).isEqualTo(count("""
				select count(*) from candidacy c join election e on e.id = c.election_id
				join assembly_session s on s.id = e.session_id join state z on z.slug = 'zambia'
				where (c.state_id = z.id or c.nationality_id = z.id) and s.published and e.published
				and (s.parent_id is null or public_session(s.parent_id))"""));
	}

	private String api(String uri) throws Exception {
		MvcTestResult answer = this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(answer).hasStatusOk();
		return answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private void addNationals(String state, int how) {
		IntStream.rangeClosed(1, how)
			.forEach((n) -> this.jdbc
				.sql("insert into person (slug, name, nationality_id, published_at)"
						+ " select :slug, :name, id, now() from state where slug = :state")
				.param("slug", "test-national-%02d".formatted(n))
				.param("name", "Test National %02d".formatted(n))
				.param("state", state)
				.update());
	}

	/** The names of the people the test added, in the order given. */
	private static List<String> added(List<String> names) {
		return names.stream().filter((name) -> name.startsWith("Test National")).toList();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
