package org.asprecords.kind;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asprecords.state.RegionalGroup;
import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.trash.Trash;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor enters a whole session by the admin forms alone, as the shipped record has
 * it: the 22nd session, with its President, 8 resolutions, 5 elections and their
 * candidates, the budget, 3 amendments, 4 policies, 6 decisions (the Committee on Budget
 * and Finance's 17 seats by regional group among them), Armenia's accession, the side
 * event and 14 statements. The shipped session is read, its public pages kept, and then
 * deleted; once entered by forms from the same source file, every one of those pages says
 * the same.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = "EDITOR")
class SessionByFormsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What the forms take as several values of one field (checkboxes, multiple selects).
	 */
	private static final Set<String> SEVERAL = Set.of("topics", "organizations", "onBehalfStates", "countries",
			"organizers", "cosponsors");

	/** The file's names of fields whose forms call them otherwise. */
	private static final Map<String, String> FORM_NAMES = Map.of("key", "slug", "list", "listLabel");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Trash trash;

	@Test
	void anEditorEntersAllOfTheSessionByFormsAndItsPagesSayTheSame() throws IOException {
		JsonNode file = read("records/sessions/asp-22.json");
		JsonNode president = presidentUntil22();
		List<String> pages = pagesOf(file);
		Map<String, String> shipped = texts(pages);
		long shippedId = sessionId();

		deleteTheShippedSession();
		assertThat(Pages.exchange(this.mvc, "/sessions/22")).hasStatus(404);

		enter(file, president);

		assertThat(sessionId()).isNotEqualTo(shippedId);
		Map<String, String> entered = texts(pages);
		for (String page : pages) {
			assertThat(entered.get(page)).as(page).isEqualTo(shipped.get(page));
		}
	}

	/** The public pages of session 22 and of every record it holds. */
	private static List<String> pagesOf(JsonNode file) {
		List<String> pages = new ArrayList<>(List.of("/sessions/22", "/presidents", "/budgets/2024"));
		file.get("resolutions").forEach((entry) -> pages.add("/resolutions/" + entry.get("symbol").asString()));
		file.get("elections").forEach((entry) -> pages.add("/elections/22/" + entry.get("key").asString()));
		file.get("statements").forEach((entry) -> pages.add("/statements/22/" + entry.get("key").asString()));
		for (String kind : List.of("sideEvents", "amendments", "policies", "decisions")) {
			String path = switch (kind) {
				case "sideEvents" -> "side-events";
				default -> kind;
			};
			file.get(kind).forEach((entry) -> pages.add("/sessions/22/" + path + "/" + entry.get("key").asString()));
		}
		return pages;
	}

	/**
	 * The text of each page's main part, but for when its records were last saved.
	 */
	private Map<String, String> texts(List<String> pages) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String page : pages) {
			Document document = Pages.page(this.mvc, page);
			document.select(".last-updated, [data-last-updated]").remove();
			texts.put(page, document.select("main").text().replaceAll("Last updated: [^.]*?UTC", ""));
		}
		return texts;
	}

	/**
	 * Moves session 22, everything it holds and the presidency that ended with it to the
	 * trash, and empties the trash, as an admin would.
	 */
	private void deleteTheShippedSession() {
		long session = sessionId();
		for (RecordKind kind : RecordKind.values()) {
			kind.held()
				.ifPresent((held) -> this.jdbc
					.sql("update " + kind.table() + " x set deleted_at = now() where " + held.condition())
					.param("session", session)
					.update());
		}
		this.jdbc.sql("update assembly_session set deleted_at = now() where id = ?").param(session).update();
		this.trash.empty();
	}

	private void enter(JsonNode file, JsonNode president) {
		List<String> session = fields(file.get("session"));
		session.addAll(List.of("published", "true"));
		save("/admin/sessions/new", session);
		List<String> presidency = fields(president);
		presidency.addAll(List.of("published", "true"));
		save("/admin/presidents/new", presidency);
		file.get("resolutions").forEach((entry) -> save("/admin/resolutions/new", inSession(entry)));
		file.get("elections").forEach((entry) -> save("/admin/elections/new", inSession(entry)));
		file.get("budgets").forEach((entry) -> save("/admin/budgets/new", inSession(entry)));
		file.get("sideEvents").forEach((entry) -> save("/admin/side-events/new", inSession(entry)));
		file.get("statements").forEach((entry) -> save("/admin/statements/new", inSession(entry)));
		file.get("amendments").forEach((entry) -> save("/admin/amendments/new", inSession(entry)));
		file.get("policies").forEach((entry) -> save("/admin/policies/new", inSession(entry)));
		file.get("decisions").forEach((entry) -> save("/admin/decisions/new", inSession(entry)));
		file.get("accessions").forEach((entry) -> save("/admin/accessions/new", inSession(entry)));
	}

	private List<String> inSession(JsonNode entry) {
		List<String> fields = fields(entry);
		fields.addAll(List.of("session", "22", "published", "true"));
		return fields;
	}

	/**
	 * What an editor types in a record's form for an entry of the session file: lists of
	 * lines in text areas, several values of a multiple choice, the lines of candidates,
	 * speakers and seat allocations, and a side event picked by what it is called.
	 */
	private List<String> fields(JsonNode entry) {
		List<String> fields = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : entry.properties()) {
			String name = FORM_NAMES.getOrDefault(field.getKey(), field.getKey());
			JsonNode value = field.getValue();
			if (value.isNull()) {
				continue;
			}
			switch (name) {
				case "candidates", "speakers" -> {
					for (int i = 0; i < value.size(); i++) {
						String row = name + "[" + i + "].";
						value.get(i).properties().forEach((cell) -> {
							if (!cell.getValue().isNull()) {
								fields.add(row + FORM_NAMES.getOrDefault(cell.getKey(), cell.getKey()));
								fields.add(cell.getValue().asString());
							}
						});
					}
				}
				case "allocations" -> value.forEach((allocation) -> {
					int line = RegionalGroup.valueOf(allocation.get("regionalGroup").asString()).ordinal();
					fields.addAll(List.of("allocations[" + line + "].seats", allocation.get("seats").asString()));
					if (allocation.hasNonNull("change")) {
						fields.addAll(List.of("allocations[" + line + "].change", allocation.get("change").asString()));
					}
				});
				case "sideEvent" -> fields.addAll(List.of(name, this.jdbc.sql("""
						select e.id from side_event e join assembly_session s on s.id = e.session_id
						where s.slug = '22' and e.slug = ?""").param(value.asString()).query(String.class).single()));
				default -> {
					if (value.isArray() && SEVERAL.contains(name)) {
						value.forEach((item) -> fields.addAll(List.of(name, item.asString())));
					}
					else if (value.isArray()) {
						List<String> lines = new ArrayList<>();
						value.forEach((item) -> lines.add(item.asString()));
						fields.addAll(List.of(name, String.join("\n", lines)));
					}
					else {
						fields.addAll(List.of(name, value.asString()));
					}
				}
			}
		}
		return fields;
	}

	private void save(String form, List<String> fields) {
		MvcTestResult saved = Pages.submit(this.mvc, form, fields.toArray(String[]::new));
		assertThat(saved.getResponse().getStatus())
			.as("%s %s: %s", form, fields, (saved.getResponse().getStatus() == 200)
					? Pages.parse(saved).select(".field-error, .error-summary").eachText() : "")
			.isEqualTo(302);
	}

	private long sessionId() {
		return this.jdbc.sql("select id from assembly_session where slug = '22'").query(Long.class).single();
	}

	private static JsonNode read(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return JSON.readTree(in);
		}
	}

	private static JsonNode presidentUntil22() throws IOException {
		for (JsonNode president : read("records/directory.json").get("presidents")) {
			if ("22".equals(president.path("toSession").asString(null))) {
				return president;
			}
		}
		throw new AssertionError("no presidency ending with the 22nd session in records/directory.json");
	}

}
