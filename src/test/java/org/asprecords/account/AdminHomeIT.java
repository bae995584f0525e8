package org.asprecords.account;

import org.asprecords.kind.RecordKind;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin home page welcomes whoever signed in and links to the sections their role
 * opens.
 */
@IntegrationTest
class AdminHomeIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	@WithMockUser(username = "test-editor", roles = "EDITOR")
	void anEditorIsWelcomedAndSentToTheRecords() {
		Document page = home();
		assertThat(page.select("main").text()).contains("Welcome, test-editor.");
		assertThat(page.select("main a[href=/admin/sessions]").text()).isEqualTo("Sessions");
		assertThat(page.select("a[href=/admin/users]")).isEmpty();
		assertThat(page.select("form[action=/logout] input[name=_csrf]")).hasSize(1);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anAdminAlsoSeesTheUsers() {
		Document page = home();
		assertThat(page.select("main a[href=/admin/sessions]").text()).isEqualTo("Sessions");
		assertThat(page.select("main a[href=/admin/users]").text()).isEqualTo("Users");
		assertThat(page.select("header a[href=/admin/users]")).hasSize(1);
	}

	@Test
	@WithMockUser(username = "test-editor", roles = "EDITOR")
	void everyKindOfRecordIsReachedFromTheDashboardAndTheNavigation() {
		Document page = home();
		for (RecordKind kind : RecordKind.values()) {
			String list = "a[href=/admin/" + kind.getPath() + "]";
			assertThat(page.select("main " + list)).as(kind.name()).hasSize(1);
			assertThat(page.select("header nav " + list)).as(kind.name()).hasSize(1);
		}
		assertThat(page.select("header nav details summary").text()).isEqualTo("More records");
		assertThat(page.select("header nav details a[href=/admin/decisions]").text()).isEqualTo("Decisions");
	}

	private Document home() {
		var result = this.mvc.get().uri("/admin").accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.select("h1").text()).isEqualTo("Admin");
		assertThat(page.title()).isEqualTo("Admin · ASP Records · Admin");
		return page;
	}

}
