package org.asprecords.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session turned back into a draft disappears from the public site with everything it
 * holds: a visitor following every link of every public page never meets it, its records'
 * pages answer 404, lists and search leave it out, and no page links to a page that is
 * gone.
 */
@IntegrationTest
@Transactional
class DraftsArePrivateIT {

	private static final List<String> STARTS = List.of("/", "/sessions", "/resolutions", "/elections", "/budgets",
			"/statements", "/states", "/people", "/organizations");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void aDraftSessionAndItsRecordsAreOnNoPublicPage() {
		Set<String> draftPages = pagesOf("22", "22");
		assertThat(draftPages).as("the records of the 22nd session").hasSizeGreaterThan(10);
		String title = this.jdbc.sql("select title from resolution where symbol = 'ICC-ASP/22/Res.4'")
			.query(String.class)
			.single();

		this.jdbc.sql("update assembly_session set published = false where slug = '22'").update();
		this.entityManager.clear();

		for (String page : draftPages) {
			Pages.assertFriendlyError(get(page), 404, "Page not found");
		}
		assertThat(Pages.page(this.mvc, "/search?q=" + title).select("main a").eachAttr("href"))
			.doesNotContain("/resolutions/ICC-ASP/22/Res.4");
		MvcTestResult bySymbol = get("/resolutions?q=ICC-ASP/22/Res.4");
		assertThat(bySymbol).hasStatus(404);
		assertThat(Pages.parse(bySymbol).text()).doesNotContain(title);
		assertThat(Pages.page(this.mvc, "/resolutions?q=" + title).select("main a").eachAttr("href"))
			.doesNotContain("/resolutions/ICC-ASP/22/Res.4");

		Set<String> visited = crawl();

		assertThat(visited).as("public pages visited").hasSizeGreaterThan(250);
		assertThat(visited).doesNotContainAnyElementsOf(draftPages);
	}

	/**
	 * A resumed session is shown only with the session it resumes: with the 19th session
	 * back to draft, its two resumptions and their records (the Prosecutor's election of
	 * 2021) are on no public page either, and the lists that held them still answer.
	 */
	@Test
	void aSessionBackToDraftTakesTheSessionsResumingItWithIt() {
		Set<String> draftPages = pagesOf("19", "19");
		draftPages.addAll(pagesOf("19-resumed-1", "19"));
		draftPages.addAll(pagesOf("19-resumed-2", "19"));
		assertThat(draftPages).contains("/sessions/19-resumed-1", "/elections/19-resumed-2/prosecutor");

		this.jdbc.sql("update assembly_session set published = false where slug = '19'").update();
		this.entityManager.clear();

		for (String page : draftPages) {
			Pages.assertFriendlyError(get(page), 404, "Page not found");
		}
		assertThat(Pages.page(this.mvc, "/search?q=prosecutor").select("main a").eachAttr("href"))
			.doesNotContainAnyElementsOf(draftPages);
		assertThat(crawl()).doesNotContainAnyElementsOf(draftPages);
	}

	/**
	 * A session's page and the pages of its records it links to.
	 * @param symbols the session's number in its resolutions' symbols
	 */
	private Set<String> pagesOf(String session, String symbols) {
		Set<String> pages = new LinkedHashSet<>();
		pages.add("/sessions/" + session);
		Pages.page(this.mvc, "/sessions/" + session)
			.select("main a[href]")
			.eachAttr("href")
			.stream()
			.filter((href) -> href.startsWith("/resolutions/ICC-ASP/" + symbols + "/")
					|| href.startsWith("/elections/" + session + "/") || href.startsWith("/statements/" + session + "/")
					|| href.startsWith("/sessions/" + session + "/"))
			.forEach(pages::add);
		return pages;
	}

	/**
	 * Every public page reachable from the starting pages; each must answer 200, so no
	 * page links to a missing record.
	 */
	private Set<String> crawl() {
		Set<String> seen = new LinkedHashSet<>(STARTS);
		Deque<String> queue = new ArrayDeque<>(STARTS);
		while (!queue.isEmpty()) {
			String page = queue.poll();
			MvcTestResult result = get(page);
			assertThat(result).as("a link to %s", page).hasStatusOk();
			Document document = Pages.parse(result);
			for (String href : document.select("a[href]").eachAttr("href")) {
				String link = href.replaceFirst("#.*$", "");
				if (isPublicPage(link) && seen.add(link)) {
					queue.add(link);
				}
			}
		}
		return seen;
	}

	private static boolean isPublicPage(String link) {
		return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/admin")
				&& !link.startsWith("/login") && !link.startsWith("/css") && !link.startsWith("/webjars")
				// the API's documentation page (a redirect to Swagger UI) and description
				// are not pages
				// (in French too: /api?lang=fr)
				&& !link.replaceFirst("\\?.*$", "").equals("/api") && !link.startsWith("/v3/");
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).accept(MediaType.TEXT_HTML).exchange();
	}

}
