package org.asprecords.trash;

import java.util.List;

import org.asprecords.db.RecordHistory;
import org.asprecords.session.AssemblySession;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every step of a record's way through the trash is a revision, with its author, written
 * when each request commits (this test is not rolled back), and emptying the trash keeps
 * the record's history.
 */
@IntegrationTest
@WithMockUser(username = "test-editor", roles = "EDITOR")
class TrashHistoryIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordHistory history;

	@Test
	void publishingTrashingRestoringAndEmptyingAreEachOnRecord() {
		Pages.submit(this.mvc, "/admin/sessions/new", "slug", "test-history", "kind", "SPECIAL", "number", "91",
				"startDate", "2031-04-06", "startPrecision", "DAY", "published", "false", "_published", "on", "sources",
				"Entered in a test");
		long id = this.jdbc.sql("select id from assembly_session where slug = 'test-history'")
			.query(Long.class)
			.single();
		Pages.submit(this.mvc, "/admin/sessions/" + id + "/edit", "slug", "test-history", "kind", "SPECIAL", "number",
				"91", "startDate", "2031-04-06", "startPrecision", "DAY", "published", "true", "sources",
				"Entered in a test", "version", version(id));
		Pages.submit(this.mvc, "/admin/trash/sessions/" + id, "version", version(id));
		Pages.submit(this.mvc, "/admin/trash/sessions/" + id + "/restore");
		Pages.submit(this.mvc, "/admin/trash/sessions/" + id, "version", version(id));

		assertThat(this.history.of(AssemblySession.class, id)).extracting(RecordHistory.Entry::kind)
			.containsExactly("TRASH", "RESTORE", "TRASH", "PUBLISH", "ADD");
		assertThat(this.history.of(AssemblySession.class, id)).extracting(RecordHistory.Entry::username)
			.containsOnly("test-editor");

		this.mvc.post().uri("/admin/trash/empty").with(csrf()).with(user("test-admin").roles("ADMIN")).exchange();

		assertThat(this.jdbc.sql("select count(*) from assembly_session where id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		List<RecordHistory.Entry> kept = this.history.of(AssemblySession.class, id);
		assertThat(kept).extracting(RecordHistory.Entry::kind).startsWith("DEL").hasSize(6);
		assertThat(kept.get(0).username()).isEqualTo("test-admin");
	}

	private String version(long id) {
		return this.jdbc.sql("select version::text from assembly_session where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
