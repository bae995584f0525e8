package org.asprecords.trash;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The trash as editors use it: a record moved there leaves every public page, list and
 * search, and comes back exactly as it was; a record others refer to stays out of it;
 * only admins empty it. (Revisions are written at commit: {@link TrashHistoryIT}.)
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "test-editor", roles = "EDITOR")
class TrashAdminIT {

	/** A resolution of the shipped records that no other record refers to. */
	private static final String UNREFERENCED = """
			select r.symbol from resolution r
			where not exists (select 1 from resolution_reference x where x.refers_to_id = r.id)
			  and not exists (select 1 from programme_budget b where b.resolution_id = r.id)
			  and not exists (select 1 from amendment a where a.resolution_id = r.id)
			  and not exists (select 1 from policy p where p.resolution_id = r.id)
			  and not exists (select 1 from decision d where d.resolution_id = r.id)
			  and r.title is not null
			order by r.symbol limit 1""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResolutionInTheTrashLeavesEveryPublicPageAndComesBackExactlyAsItWas() {
		String symbol = this.jdbc.sql(UNREFERENCED).query(String.class).single();
		long id = idOf(symbol);
		String title = this.jdbc.sql("select title from resolution where id = ?")
			.param(id)
			.query(String.class)
			.single();
		String sessionSlug = this.jdbc
			.sql("select s.slug from resolution r join assembly_session s on s.id = r.session_id where r.id = ?")
			.param(id)
			.query(String.class)
			.single();
		String before = recordText(page(this.mvc, "/resolutions/" + symbol));

		MvcTestResult moved = Pages.submit(this.mvc, "/admin/trash/resolutions/" + id, "version", version(id));

		assertThat(moved).hasRedirectedUrl("/admin/resolutions");
		assertThat(moved).flash().containsEntry("flash", "trash.moved");
		Pages.assertFriendlyError(Pages.exchange(this.mvc, "/resolutions/" + symbol), 404, "Page not found");
		assertThat(page(this.mvc, "/sessions/" + sessionSlug).select("a[href='/resolutions/" + symbol + "']"))
			.isEmpty();
		assertThat(page(this.mvc, "/resolutions?session=" + sessionSlug).text()).doesNotContain(symbol);
		assertThat(page(this.mvc, "/search?q=" + symbol).text()).doesNotContain(title);
		assertThat(page(this.mvc, "/admin/resolutions?q=" + symbol).text()).doesNotContain(title);
		Document trash = page(this.mvc, "/admin/trash");
		assertThat(trash.select("tbody th a").eachText()).contains(symbol);

		MvcTestResult restored = Pages.submit(this.mvc, "/admin/trash/resolutions/" + id + "/restore");

		assertThat(restored).hasRedirectedUrl("/admin/resolutions/" + id + "/edit");
		assertThat(restored).flash().containsEntry("flash", "trash.restored");
		assertThat(recordText(page(this.mvc, "/resolutions/" + symbol))).isEqualTo(before);
		assertThat(page(this.mvc, "/admin/trash").select("tbody th a").eachText()).doesNotContain(symbol);
	}

	@Test
	void aSessionOthersReferToStaysOutOfTheTrashAndTheEditorIsToldWhy() {
		long id = this.jdbc.sql("select id from assembly_session where slug = '22'").query(Long.class).single();
		String version = this.jdbc.sql("select version::text from assembly_session where id = ?")
			.param(id)
			.query(String.class)
			.single();

		MvcTestResult refused = Pages.submit(this.mvc, "/admin/trash/sessions/" + id, "version", version);

		assertThat(refused).hasRedirectedUrl("/admin/sessions/" + id + "/edit");
		assertThat(refused).flash().containsEntry("refusal", "trash.refused.move");
		assertThat(inTrash("assembly_session", id)).isFalse();
		// The refusal travels to the edit page in the (Spring) session the redirect
		// keeps.
		Document edit = Pages.parse(this.mvc.get()
			.uri("/admin/sessions/" + id + "/edit")
			.cookie(refused.getResponse().getCookie("SESSION"))
			.exchange());
		Element alert = edit.selectFirst(".record-state [role=alert]");
		assertThat(alert).isNotNull();
		assertThat(alert.text()).contains("cannot go to the trash while other records refer to it");
		long resolutions = this.jdbc.sql("select count(*) from resolution where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(alert.select("li").eachText()).contains("resolutions: " + resolutions);
	}

	@Test
	void aTrashRequestFromAStalePageChangesNothing() {
		String symbol = this.jdbc.sql(UNREFERENCED).query(String.class).single();
		long id = idOf(symbol);
		int stale = Integer.parseInt(version(id)) - 1;

		MvcTestResult refused = Pages.submit(this.mvc, "/admin/trash/resolutions/" + id, "version",
				String.valueOf(stale));

		assertThat(refused).hasRedirectedUrl("/admin/resolutions/" + id + "/edit");
		assertThat(refused).flash().containsEntry("refusal", "trash.refused.stale");
		assertThat(inTrash("resolution", id)).isFalse();
	}

	@Test
	void aRecordWhoseSessionIsInTheTrashComesBackOnlyAfterIt() {
		Pages.submit(this.mvc, "/admin/sessions/new", "slug", "test-trash", "kind", "SPECIAL", "number", "90",
				"startDate", "2031-03-02", "startPrecision", "DAY", "sources", "Entered in a test");
		long session = this.jdbc.sql("select id from assembly_session where slug = 'test-trash'")
			.query(Long.class)
			.single();
		Pages.submit(this.mvc, "/admin/resolutions/new", "symbol", "ICC-ASP/S-90/Res.1", "session", "test-trash",
				"title", "A resolution entered in a test", "sources", "Entered in a test");
		long resolution = idOf("ICC-ASP/S-90/Res.1");
		Pages.submit(this.mvc, "/admin/trash/resolutions/" + resolution, "version", version(resolution));
		Pages.submit(this.mvc, "/admin/trash/sessions/" + session, "version",
				this.jdbc.sql("select version::text from assembly_session where id = ?")
					.param(session)
					.query(String.class)
					.single());
		assertThat(inTrash("assembly_session", session)).isTrue();

		MvcTestResult refused = Pages.submit(this.mvc, "/admin/trash/resolutions/" + resolution + "/restore");

		assertThat(refused).hasRedirectedUrl("/admin/trash");
		assertThat(refused).flash().containsEntry("refusal", "trash.refused.restore");
		assertThat(inTrash("resolution", resolution)).isTrue();

		Pages.submit(this.mvc, "/admin/trash/sessions/" + session + "/restore");
		Pages.submit(this.mvc, "/admin/trash/resolutions/" + resolution + "/restore");

		assertThat(inTrash("assembly_session", session)).isFalse();
		assertThat(inTrash("resolution", resolution)).isFalse();
	}

	@Test
	void onlyAdminsEmptyTheTrash() {
		String symbol = this.jdbc.sql(UNREFERENCED).query(String.class).single();
		long id = idOf(symbol);
		Pages.submit(this.mvc, "/admin/trash/resolutions/" + id, "version", version(id));

		assertThat(Pages.submit(this.mvc, "/admin/trash/empty")).hasStatus(403);
		assertThat(inTrash("resolution", id)).isTrue();
		assertThat(page(this.mvc, "/admin/trash").select("form[action='/admin/trash/empty']")).isEmpty();

		MvcTestResult emptied = this.mvc.post()
			.uri("/admin/trash/empty")
			.with(csrf())
			.with(user("test-admin").roles("ADMIN"))
			.exchange();

		assertThat(emptied).hasRedirectedUrl("/admin/trash");
		assertThat(this.jdbc.sql("select count(*) from resolution where id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void malformedTrashRequestsGetFriendlyPagesAndChangeNothing() {
		long id = idOf(this.jdbc.sql(UNREFERENCED).query(String.class).single());
		Pages.assertFriendlyError(Pages.submit(this.mvc, "/admin/trash/resolutions/" + id), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.submit(this.mvc, "/admin/trash/resolutions/" + id, "version", "one"), 400,
				"This request cannot be answered");
		Pages.assertFriendlyError(Pages.submit(this.mvc, "/admin/trash/kittens/" + id, "version", "0"), 404,
				"Page not found");
		Pages.assertFriendlyError(Pages.submit(this.mvc, "/admin/trash/resolutions/999999999", "version", "0"), 404,
				"Page not found");
		Pages.assertFriendlyError(Pages.submit(this.mvc, "/admin/trash/resolutions/999999999/restore"), 404,
				"Page not found");
		assertThat(inTrash("resolution", id)).isFalse();
	}

	/** The page's main content, without the line that says when it was last saved. */
	private static String recordText(Document page) {
		Element main = page.selectFirst("main");
		main.select(".updated").remove();
		return main.text();
	}

	private long idOf(String symbol) {
		return this.jdbc.sql("select id from resolution where symbol = ?").param(symbol).query(Long.class).single();
	}

	private String version(long id) {
		return this.jdbc.sql("select version::text from resolution where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private boolean inTrash(String table, long id) {
		return this.jdbc.sql("select deleted_at is not null from " + table + " where id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
	}

}
