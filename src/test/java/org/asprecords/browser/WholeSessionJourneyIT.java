package org.asprecords.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.asprecords.security.TestAccounts;
import org.asprecords.support.SessionFileForms;
import org.asprecords.support.ShippedSession;
import org.asprecords.trash.Trash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor enters a whole session in a browser, by the admin forms alone, as the shipped
 * record has it: the 22nd session and its President, resolutions, elections with their
 * candidates (a few lines a save, as the form offers them), budget, side event,
 * statements, amendments, policies, decisions with their seats, and accession. The
 * shipped session's public pages are read first, then the session is deleted; once
 * entered again, each page says the same. The test has a database of its own, since it
 * deletes a shipped session.
 */
@BrowserTest
@TestPropertySource(properties = "portal.test.database=whole-session-journey")
@DirtiesContext
class WholeSessionJourneyIT {

	/** The lines of candidates the election form offers blank at each showing. */
	private static final int BLANK_CANDIDATES = 3;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Trash trash;

	@Test
	void anEditorEntersAllOfTheSessionInABrowserAndItsPagesSayTheSame() {
		this.accounts.create("test-browser-whole", "EDITOR");
		JsonNode file = ShippedSession.file();
		List<String> pages = ShippedSession.publicPages(file);
		try (Tab editor = Chromium.tab(this.port, "en"); Tab visitor = Chromium.tab(this.port, "en")) {
			Map<String, String> shipped = texts(visitor, pages);
			ShippedSession.delete(this.jdbc, this.trash);
			assertThat(visitor.open("/sessions/22")).isEqualTo(404);

			AdminJourneyIT.signIn(editor, "test-browser-whole", TestAccounts.STRONG);
			enter(editor, "/admin/sessions/new", with(fields(file.get("session")), "published", "true"));
			enter(editor, "/admin/presidents/new", with(fields(ShippedSession.president()), "published", "true"));
			file.get("resolutions").forEach((entry) -> enter(editor, "/admin/resolutions/new", inSession(entry)));
			file.get("elections").forEach((entry) -> enterElection(editor, entry));
			file.get("budgets").forEach((entry) -> enter(editor, "/admin/budgets/new", inSession(entry)));
			file.get("sideEvents").forEach((entry) -> enter(editor, "/admin/side-events/new", inSession(entry)));
			file.get("statements").forEach((entry) -> enter(editor, "/admin/statements/new", inSession(entry)));
			file.get("amendments").forEach((entry) -> enter(editor, "/admin/amendments/new", inSession(entry)));
			file.get("policies").forEach((entry) -> enter(editor, "/admin/policies/new", inSession(entry)));
			file.get("decisions").forEach((entry) -> enter(editor, "/admin/decisions/new", inSession(entry)));
			file.get("accessions").forEach((entry) -> enter(editor, "/admin/accessions/new", inSession(entry)));

			Map<String, String> entered = texts(visitor, pages);
			for (String page : pages) {
				assertThat(entered.get(page)).as(page).isEqualTo(shipped.get(page));
			}
		}
	}

	@AfterEach
	void removeTheAccount() {
		this.accounts.removeAll();
	}

	/**
	 * An election, its candidates a few lines at a time: the form offers
	 * {@value #BLANK_CANDIDATES} blank lines, and more after each save.
	 */
	private void enterElection(Tab editor, JsonNode entry) {
		List<String> all = inSession(entry);
		List<String> election = new ArrayList<>();
		Map<Integer, List<String>> candidates = new LinkedHashMap<>();
		for (int i = 0; i < all.size(); i += 2) {
			String name = all.get(i);
			if (name.startsWith("candidates[")) {
				int line = Integer.parseInt(name.substring("candidates[".length(), name.indexOf(']')));
				candidates.computeIfAbsent(line, (key) -> new ArrayList<>()).addAll(List.of(name, all.get(i + 1)));
			}
			else {
				election.addAll(List.of(name, all.get(i + 1)));
			}
		}
		String form = "/admin/elections/new";
		List<String> batch = new ArrayList<>(election);
		for (Map.Entry<Integer, List<String>> line : candidates.entrySet()) {
			batch.addAll(line.getValue());
			if ((line.getKey() + 1) % BLANK_CANDIDATES == 0) {
				form = enter(editor, form, batch);
				batch = new ArrayList<>();
			}
		}
		if (!batch.isEmpty()) {
			enter(editor, form, batch);
		}
	}

	/**
	 * Opens a form, fills it as an editor types, saves it, and returns the saved record's
	 * edit page.
	 */
	private static String enter(Tab editor, String form, List<String> fields) {
		editor.open(form);
		Page page = editor.page();
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (int i = 0; i < fields.size(); i += 2) {
			values.computeIfAbsent(fields.get(i), (key) -> new ArrayList<>()).add(fields.get(i + 1));
		}
		values.forEach((name, typed) -> {
			Locator controls = page.locator("main form[method=post] [name='" + name + "']");
			assertThat(controls.count()).as("a field %s on %s", name, form).isPositive();
			Locator first = controls.first();
			if ("SELECT".equals(first.evaluate("(control) => control.tagName"))) {
				first.selectOption(typed.toArray(String[]::new));
			}
			else if ("checkbox".equals(first.getAttribute("type"))) {
				for (int i = 0; i < controls.count(); i++) {
					controls.nth(i).setChecked(typed.contains(controls.nth(i).getAttribute("value")));
				}
			}
			else {
				first.fill(typed.get(0));
			}
		});
		editor.click("main form[method=post] button[type=submit]");
		assertThat(editor.path()).as("%s saved, or refused: %s", form, page.locator(".field-error").allTextContents())
			.matches("/admin/[a-z-]+/\\d+/edit");
		return editor.path();
	}

	/** The text of each page's main part, but for when its records were last saved. */
	private static Map<String, String> texts(Tab visitor, List<String> pages) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String path : pages) {
			assertThat(visitor.open(path)).as(path).isEqualTo(200);
			texts.put(path, visitor.page().locator("main").innerText().replaceAll("Last updated: [^\\n]*", ""));
		}
		return texts;
	}

	private List<String> inSession(JsonNode entry) {
		return with(fields(entry), "session", "22", "published", "true");
	}

	private List<String> fields(JsonNode entry) {
		return SessionFileForms.fields(entry, ShippedSession.sideEventIds(this.jdbc));
	}

	private static List<String> with(List<String> fields, String... more) {
		List<String> all = new ArrayList<>(fields);
		all.addAll(List.of(more));
		return all;
	}

}
