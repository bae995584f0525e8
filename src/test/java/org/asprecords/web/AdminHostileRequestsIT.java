package org.asprecords.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.asprecords.kind.RecordKind;
import org.asprecords.security.Browser;
import org.asprecords.security.TestAccounts;
import org.asprecords.support.AdminForms;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Whatever a signed-in admin's browser sends to the admin pages (a hostile page number or
 * search, an id that is no number or names no record, a form with fields missing, of the
 * wrong type or far too long), the portal answers with a page of its own and never with a
 * server error. The admin signs in for real, so that every request carries the session a
 * browser would. Each post runs in a transaction of its own, rolled back: a hostile value
 * that happens to be accepted is not kept, and a refused one leaves the next request a
 * clean database.
 */
@IntegrationTest
class AdminHostileRequestsIT {

	private static final String ADMIN = TestAccounts.PREFIX + "hostile-admin";

	private static final List<String> LISTS = Stream
		.concat(Arrays.stream(RecordKind.values()).map((kind) -> "/admin/" + kind.getPath()),
				Stream.of("/admin/trash", "/admin/users"))
		.toList();

	/** Page numbers out of range, overflowing an int or its offset, or no numbers. */
	private static final List<String> PAGES = List.of("-1", "0", "2147483647", "-2147483648", "200000000", "107374183",
			"99999999999", "1e3", "", " ", "abc", "\u0000");

	/** Searches with wildcards, quotes, markup, controls, or far too long. */
	private static final List<String> SEARCHES = List.of("", "%", "_", "\\", "'", "\"", "<script>alert(1)</script>",
			"' or 1=1 --", "\u0000", "\u202e\u200b", "x".repeat(5000));

	/** What each kind of admin form gets in a field, by the control the field has. */
	private static final Map<String, List<String>> HOSTILE = Map.of("number",
			List.of("abc", "2147483648", "2147483647", "-2147483648", "1e400", "99999999999999.999"), "date",
			List.of("abc", "-5000-01-01", "+999999999-12-31", "0000-00-00", "2024-02-30"), "select",
			List.of("NOPE", "<b>", "x".repeat(10_000)), "hidden", List.of("abc", "-1", "99999999999", ""), "checkbox",
			List.of("maybe"), "text", List.of("x".repeat(100_001), "%", "'\""));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	private Cookie session;

	@BeforeEach
	void signIn() {
		this.accounts.create(ADMIN, "ADMIN");
		Browser browser = new Browser(this.mvc, "192.0.2.71");
		assertThat(browser.signIn(ADMIN, TestAccounts.STRONG)).hasStatus3xxRedirection();
		this.session = new Cookie(Browser.SESSION_COOKIE,
				Base64.getEncoder().encodeToString(browser.sessionId().getBytes(StandardCharsets.US_ASCII)));
	}

	@AfterEach
	void signOut() {
		this.accounts.removeAll();
	}

	@Test
	void everyAdminListAnswersHostilePagesAndSearchesWithItsOwnPage() {
		List<String> failures = new ArrayList<>();
		for (String list : LISTS) {
			for (String page : PAGES) {
				check(failures, list + "?page=" + page, get(list + "?page=" + encode(page)));
			}
			for (String q : SEARCHES) {
				check(failures, list + "?q=" + abbreviate(q), get(list + "?q=" + encode(q)));
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void adminPathsWithIdsThatAreNoNumbersOrNameNoRecordAreAFriendlyError() {
		List<String> failures = new ArrayList<>();
		for (String kind : Arrays.stream(RecordKind.values()).map(RecordKind::getPath).toList()) {
			for (String id : List.of("abc", "-1", "99999999999999", "99999999999999999999999")) {
				String edit = "/admin/" + kind + "/" + id + "/edit";
				expectClientError(failures, edit, get(edit));
				check(failures, "POST " + edit, post(edit, "version", "0"));
				for (String path : List.of("/admin/history/" + kind + "/" + id + "/1",
						"/admin/history/" + kind + "/1/" + id, "/admin/history/" + kind + "/" + id + "/999999999")) {
					expectClientError(failures, path, get(path));
				}
				for (String path : List.of("/admin/trash/" + kind + "/" + id,
						"/admin/trash/" + kind + "/" + id + "/restore")) {
					expectClientError(failures, "POST " + path, post(path, "version", "0"));
				}
			}
		}
		for (String path : List.of("/admin/history/nope/1/1", "/admin/history/people/1/999999999",
				"/admin/history/people/1", "/admin/sessions/abc/export", "/admin/sessions/99999999999999/export",
				"/admin/sessions/abc/records", "/admin/sessions/99999999999999/records", "/admin/users/abc",
				"/admin/users/99999999999999", "/admin/users/abc/password", "/admin/users/99999999999999/password",
				"/admin/nope", "/admin/people/1/edit/extra")) {
			expectClientError(failures, path, get(path));
		}
		for (String[] post : List.of(new String[] { "/admin/trash/x/y" }, new String[] { "/admin/trash/people/1" },
				new String[] { "/admin/trash/people/1", "version", "abc" },
				new String[] { "/admin/trash/people/1", "version", "99999999999" },
				new String[] { "/admin/users/abc", "role", "ADMIN" },
				new String[] { "/admin/users/99999999999999", "role", "ADMIN", "enabled", "true", "version", "0" })) {
			String[] fields = Arrays.copyOfRange(post, 1, post.length);
			expectClientError(failures, "POST " + post[0], post(post[0], fields));
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * The edit form of one shipped record of each kind, submitted with each field in turn
	 * given values of the wrong type, out of range or far too long (the others as the
	 * form shows them, so that the editor's own rules are reached); then the new-record
	 * form with nothing, and with every field of the wrong type.
	 */
	@ParameterizedTest
	@EnumSource(RecordKind.class)
	void everyAdminFormAnswersHostileInputWithItsOwnPage(RecordKind recordKind) {
		List<String> failures = new ArrayList<>();
		String kind = recordKind.getPath();
		long id = this.jdbc.sql("select min(id) from " + recordKind.table()).query(Long.class).single();
		String edit = "/admin/" + kind + "/" + id + "/edit";
		MvcTestResult shown = get(URI.create(edit));
		assertThat(shown).hasStatusOk();
		Document page = Pages.parse(shown);
		List<String> fields = AdminForms.fieldsOf(page);
		for (Element control : controls(page)) {
			String name = control.attr("name");
			for (String value : HOSTILE.get(type(control))) {
				check(failures, "POST " + edit + " " + name + "=" + abbreviate(value),
						post(edit, AdminForms.changing(fields, name, value)));
			}
			check(failures, "POST " + edit + " without " + name, post(edit, AdminForms.changing(fields, name)));
		}
		String create = "/admin/" + kind + "/new";
		check(failures, "POST " + create + " empty", post(create));
		List<String> wrong = new ArrayList<>();
		controls(page).forEach((control) -> {
			wrong.add(control.attr("name"));
			wrong.add("abc");
		});
		check(failures, "POST " + create + " all abc", post(create, wrong.toArray(String[]::new)));
		check(failures, "POST " + edit + " all abc", post(edit, wrong.toArray(String[]::new)));
		assertThat(failures).isEmpty();
	}

	@Test
	void theUserFormsAnswerHostileInputWithTheirOwnPage() {
		long id = this.jdbc.sql("select min(id) from account").query(Long.class).single();
		List<String> failures = new ArrayList<>();
		List<String[]> posts = List.of(new String[] { "/admin/users" },
				new String[] { "/admin/users", "username", "x".repeat(10_000), "role", "GOD", "password", "" },
				new String[] { "/admin/users/" + id }, new String[] { "/admin/users/" + id, "version", "abc" },
				new String[] { "/admin/users/" + id, "role", "GOD", "enabled", "maybe", "version", "99999999999" },
				new String[] { "/admin/users/" + id + "/password" }, new String[] { "/admin/users/" + id + "/password",
						"password", "x".repeat(100_000), "confirmation", "y" });
		for (String[] post : posts) {
			String[] fields = Arrays.copyOfRange(post, 1, post.length);
			check(failures, "POST " + post[0] + " " + abbreviate(String.join(",", fields)), post(post[0], fields));
		}
		assertThat(failures).isEmpty();
	}

	private MvcTestResult get(String uri) {
		return get(URI.create(uri));
	}

	private MvcTestResult get(URI uri) {
		return this.mvc.get().uri(uri).cookie(this.session).accept(MediaType.TEXT_HTML).exchange();
	}

	/**
	 * Submits a form as the signed-in browser does, in a transaction rolled back once
	 * answered.
	 */
	private MvcTestResult post(String uri, String... fields) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(URI.create(uri))
			.cookie(this.session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML);
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		MockMvcRequestBuilder sent = request;
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return rolledBack.execute((status) -> {
			status.setRollbackOnly();
			return sent.exchange();
		});
	}

	/**
	 * The controls of a record form worth testing one by one: every field outside the
	 * rows, and those of the first row of each list of rows.
	 */
	private static List<Element> controls(Document page) {
		Set<String> seen = new LinkedHashSet<>();
		List<Element> controls = new ArrayList<>();
		for (Element control : page.select("form[method=post]:has(input[name=version]) [name]")) {
			String name = control.attr("name");
			boolean firstRow = !name.contains("[") || name.matches("[a-z]+\\[0\\]\\.[A-Za-z]+(\\[0\\])?");
			if (firstRow && !name.startsWith("_") && !name.equals("_csrf") && seen.add(name)) {
				controls.add(control);
			}
		}
		return controls;
	}

	private static String type(Element control) {
		return switch (control.tagName()) {
			case "select" -> "select";
			case "textarea" -> "text";
			default -> switch (control.attr("type")) {
				case "number", "date", "hidden", "checkbox" -> control.attr("type");
				default -> "text";
			};
		};
	}

	/**
	 * Notes the answer unless it is the portal's own: a page with its heading and no
	 * trace of an exception, a redirect within the portal, or an error status sent for
	 * the container to answer with the portal's error page.
	 */
	private static void check(List<String> failures, String request, MvcTestResult result) {
		if (result.getUnresolvedException() != null) {
			failures.add(request + ": 500 " + result.getUnresolvedException());
			return;
		}
		int status = result.getResponse().getStatus();
		if (status >= 500) {
			failures.add(request + ": " + status + " " + result.getMvcResult().getResolvedException());
			return;
		}
		if (status >= 300 && status < 400) {
			String location = result.getResponse().getRedirectedUrl();
			if (location == null || !location.startsWith("/")) {
				failures.add(request + ": redirected to " + location);
			}
			return;
		}
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		if (body.isEmpty() && status >= 400) {
			return;
		}
		Document page = Pages.parse(result);
		if (page.select("h1").text().isBlank()
				|| page.text().matches("(?s).*(Whitelabel|Exception|at org\\.|Stack trace|Tomcat).*")) {
			failures.add(request + ": " + status + " not the portal's page: " + abbreviate(page.text()));
		}
	}

	private static void expectClientError(List<String> failures, String request, MvcTestResult result) {
		check(failures, request, result);
		int status = result.getResponse().getStatus();
		if (result.getUnresolvedException() == null && (status < 400 || status >= 500)) {
			failures.add(request + ": " + status + ", not a client error");
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "… (" + text.length() + ")" : text;
	}

}
