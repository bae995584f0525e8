package org.asprecords.resolution;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Transactional
@WithMockUser(roles = "EDITOR")
class ResolutionAdminIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSymbolTypedAsPeopleTypeItIsStoredCanonicalAndVisitorsFindIt() {
		MvcTestResult saved = post("/admin/resolutions/new", "symbol", "asp 24 res 1", "session", "24", "title",
				"Resolution recorded in a test", "adoption", "VOTE", "votesFor", "110", "votesAgainst", "2",
				"votesAbstaining", "5", "refersTo", "ICC-ASP/23/Res.1", "sources", "https://asp.icc-cpi.int/");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "admin.resolution.created");
		assertThat(Pages.exchange(this.mvc, "/resolutions?q={q}", "ICC-ASP/24/Res.1"))
			.hasRedirectedUrl("/resolutions/ICC-ASP/24/Res.1");
		Document visitor = page(this.mvc, "/resolutions/ICC-ASP/24/Res.1");
		assertThat(visitor.select("hgroup p").text()).isEqualTo("Resolution recorded in a test");
		assertThat(Pages.fact(visitor, "How adopted").text()).isEqualTo("By a vote: 110 for, 2 against, 5 abstaining");
		assertThat(visitor.select("a[href=/resolutions/ICC-ASP/23/Res.1]")).isNotEmpty();
	}

	@Test
	void theWaysOfAdoptionAreOfferedInPlainWords() {
		assertThat(page(this.mvc, "/admin/resolutions/new").select("select#adoption option").eachText())
			.containsExactly("Not recorded", "By consensus", "By a vote (the votes below)");
	}

	@Test
	void aMalformedTakenOrMisplacedSymbolIsAFieldErrorAndNothingIsStored() {
		long before = count();
		assertThat(error(post("/admin/resolutions/new", "symbol", "resolution four", "session", "22"), "symbol"))
			.startsWith("This is not a resolution symbol");
		assertThat(error(post("/admin/resolutions/new", "symbol", "ICC-ASP/22/Res.4", "session", "22"), "symbol"))
			.isEqualTo("Another resolution already has this symbol.");
		assertThat(error(post("/admin/resolutions/new", "symbol", "ICC-ASP/22/Res.99", "session", "23"), "symbol"))
			.isEqualTo("This symbol belongs to another session than session 23, where the resolution is recorded.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void voteCountsWithoutAVoteAndNonWebDocumentsAreRefused() {
		long before = count();
		Document form = Pages.parse(post("/admin/resolutions/new", "symbol", "ICC-ASP/22/Res.99", "session", "22",
				"adoption", "CONSENSUS", "votesFor", "3", "documents", "javascript:alert(1)", "votesAgainst", "-1"));
		assertThat(form.select("#votesMatchAdoption-error").text())
			.isEqualTo("Vote counts are recorded only for a resolution adopted by a vote.");
		assertThat(form.select("#documents-error").text()).isNotBlank();
		assertThat(form.select("#votesAgainst-error").text()).isNotBlank();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aSaveFromAStaleFormShowsTheConflictPage() {
		long id = this.jdbc.sql("select id from resolution where symbol = 'ICC-ASP/23/Res.2'")
			.query(Long.class)
			.single();
		String edit = "/admin/resolutions/" + id + "/edit";
		String version = Pages.parse(this.mvc.get().uri(edit).exchange()).select("input[name=version]").val();

		assertThat(post(edit, "symbol", "ICC-ASP/23/Res.2", "session", "23", "version", version, "title", "Mine"))
			.hasStatus3xxRedirection();
		MvcTestResult stale = post(edit, "symbol", "ICC-ASP/23/Res.2", "session", "23", "version", version, "title",
				"Theirs");

		Document conflict = Pages.parse(stale);
		assertThat(conflict.select("h1").text()).isEqualTo("Someone else saved this record while you were editing it");
		assertThat(conflict.select("tbody tr").eachText()).contains("Title Mine Theirs");
		assertThat(conflict.select("#title").val()).isEqualTo("Theirs");
	}

	private MvcTestResult post(String uri, String... fields) {
		return Pages.submit(this.mvc, uri, fields);
	}

	private static String error(MvcTestResult result, String field) {
		assertThat(result).hasStatusOk();
		return Pages.parse(result).select("#" + field + "-error").text();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from resolution").query(Long.class).single();
	}

}
