package org.asprecords.db;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admin code sees drafts through a setting local to its transaction
 * ({@link AllRecordsAdvisor}), never through the connection: a public page served after
 * an admin page, on the same pooled connections, still hides the draft. Not one
 * transaction, so that each request gets its own as in production.
 */
@IntegrationTest
@WithMockUser(roles = "EDITOR")
class AllRecordsIT {

	private static final String SYMBOL = "ICC-ASP/22/Res.4";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void publishAgain() {
		this.jdbc.sql("update resolution set published = true where symbol = ?").param(SYMBOL).update();
	}

	@Test
	void anEditorSeesADraftThatPublicPagesBeforeAndAfterDoNot() {
		long id = this.jdbc.sql("select id from resolution where symbol = ?").param(SYMBOL).query(Long.class).single();
		this.jdbc.sql("update resolution set published = false where symbol = ?").param(SYMBOL).update();

		assertThat(Pages.exchange(this.mvc, "/resolutions/" + SYMBOL)).hasStatus(404);
		for (int i = 0; i < 12; i++) {
			assertThat(Pages.page(this.mvc, "/admin/resolutions/" + id + "/edit").select("#symbol").val())
				.isEqualTo(SYMBOL);
			assertThat(Pages.exchange(this.mvc, "/resolutions/" + SYMBOL)).hasStatus(404);
		}
		assertThat(this.jdbc.sql("select portal_all_records()").query(Boolean.class).single()).isFalse();
		assertThat(Pages.page(this.mvc, "/resolutions?session=22").select("a[href=/resolutions/" + SYMBOL + "]"))
			.isEmpty();
		publishAgain();
		assertThat(Pages.page(this.mvc, "/resolutions?session=22").select("a[href=/resolutions/" + SYMBOL + "]"))
			.isNotEmpty();
	}

}
