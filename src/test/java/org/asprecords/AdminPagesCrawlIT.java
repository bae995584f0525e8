package org.asprecords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.support.SqlStatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page of every record in the database opens, as an editor reaches it: the
 * edit form of each record with its name, each revision of its history, every page of
 * every list, the trash, the user pages and each session's file. Not rolled back on
 * purpose: each request runs in no transaction but its own, as in production (with
 * {@code spring.jpa.open-in-view} off), so that whatever a page reads after its
 * transaction ended fails here. It only reads.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class AdminPagesCrawlIT {

	/**
	 * The most SQL statements an admin page may issue: it reads what it shows in a few
	 * queries, never in one a row (a person, a State, a revision).
	 */
	private static final int MOST_STATEMENTS = 15;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatementCounter statements;

	/**
	 * The kinds of record with admin pages: their path, table, and the SQL of the name
	 * their edit page and revisions are headed by.
	 */
	enum Kind {

		SESSIONS("sessions", "assembly_session", "slug", "Edit session "),

		RESOLUTIONS("resolutions", "resolution", "symbol", "Edit "),

		ELECTIONS("elections", "election", "slug", "Edit election "),

		BUDGETS("budgets", "programme_budget", "year::text", "Programme budget for "),

		STATEMENTS("statements", "statement", "slug", "Edit statement "),

		PEOPLE("people", "person", "name", "Edit "),

		STATES("states", "state", "name", "Edit "),

		ORGANIZATIONS("organizations", "organization", "name", "Edit ");

		final String path;

		final String table;

		final String name;

		final String heading;

		Kind(String path, String table, String name, String heading) {
			this.path = path;
			this.table = table;
			this.name = name;
			this.heading = heading;
		}

	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void everyRecordsEditPageAndEachOfItsRevisionsOpenWithItsName(Kind kind) {
		Map<Long, String> records = names(kind);
		assertThat(records).as("records of %s", kind).isNotEmpty();
		List<String> failures = new ArrayList<>();
		records.forEach((id, name) -> {
			String edit = "/admin/" + kind.path + "/" + id + "/edit";
			Document page = open(edit, failures);
			if (page == null) {
				return;
			}
			expect(failures, edit, page.select("h1").text(), kind.heading + name);
			List<String> revisions = page.select("#history-heading ~ .table-wrap tbody td a").eachAttr("href");
			if (revisions.isEmpty()) {
				failures.add(edit + ": no revision listed");
			}
			for (String revision : revisions) {
				Document shown = open(revision, failures);
				if (shown != null) {
					expect(failures, revision, shown.select("h1").text(), "A revision of " + name);
				}
			}
		});
		assertThat(failures).as("pages of %s", kind).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void everyPageOfEveryAdminListOpensAndTogetherTheyListEveryRecord(Kind kind) {
		List<String> failures = new ArrayList<>();
		int rows = 0;
		String next = "/admin/" + kind.path;
		while (next != null) {
			Document page = open(next, failures);
			if (page == null) {
				break;
			}
			rows += page.select("main tbody tr").size();
			Element link = page.selectFirst("nav.pagination a[rel=next]");
			next = (link != null) ? link.attr("href") : null;
		}
		assertThat(failures).isEmpty();
		assertThat(rows).as("rows over every page of /admin/%s", kind.path)
			.isEqualTo(this.jdbc.sql("select count(*) from " + kind.table + " where deleted_at is null")
				.query(Integer.class)
				.single());
	}

	@Test
	void theTrashTheUserPagesAndEverySessionsFileOpen() {
		List<String> failures = new ArrayList<>();
		open("/admin", failures);
		open("/admin/trash", failures);
		open("/admin/users", failures);
		open("/admin/users/new", failures);
		open("/admin/sessions/import", failures);
		Map<Long, String> accounts = new LinkedHashMap<>();
		this.jdbc.sql("select id, username from account order by id")
			.query((RowCallbackHandler) (row) -> accounts.put(row.getLong("id"), row.getString("username")));
		accounts.forEach((id, username) -> {
			for (String uri : List.of("/admin/users/" + id, "/admin/users/" + id + "/password")) {
				Document page = open(uri, failures);
				if (page != null && !page.select("main").text().contains(username)) {
					failures.add(uri + ": no " + username);
				}
			}
		});
		names(Kind.SESSIONS).forEach((id, slug) -> {
			String uri = "/admin/sessions/" + id + "/export";
			MvcTestResult result = this.mvc.get().uri(uri).exchange();
			if (answered(uri, result, failures) && !slug
				.equals(JSON.readTree(result.getResponse().getContentAsByteArray()).at("/session/slug").asString())) {
				failures.add(uri + ": not the file of session " + slug);
			}
		});
		assertThat(failures).isEmpty();
	}

	/**
	 * The page, when it answers 200 in a bounded number of statements; otherwise null,
	 * and the failure noted.
	 */
	private Document open(String uri, List<String> failures) {
		this.statements.reset();
		MvcTestResult result = Pages.exchange(this.mvc, uri);
		if (!answered(uri, result, failures)) {
			return null;
		}
		if (this.statements.count() > MOST_STATEMENTS) {
			failures.add(uri + ": " + this.statements.count() + " SQL statements");
		}
		return Pages.parse(result);
	}

	/**
	 * Whether the request was answered 200; otherwise the failure noted (an exception
	 * that escaped every handler is the server error a browser would get).
	 */
	private static boolean answered(String uri, MvcTestResult result, List<String> failures) {
		if (result.getUnresolvedException() != null) {
			failures.add(uri + ": 500 " + result.getUnresolvedException());
			return false;
		}
		if (result.getResponse().getStatus() != 200) {
			failures.add(
					uri + ": " + result.getResponse().getStatus() + " " + result.getMvcResult().getResolvedException());
			return false;
		}
		return true;
	}

	private static void expect(List<String> failures, String uri, String shown, String expected) {
		if (!shown.equals(expected)) {
			failures.add(uri + ": heading \"" + shown + "\", not \"" + expected + "\"");
		}
	}

	private Map<Long, String> names(Kind kind) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select id, " + kind.name + " as name from " + kind.table + " order by id")
			.query((RowCallbackHandler) (row) -> names.put(row.getLong("id"), row.getString("name")));
		return names;
	}

}
