package org.asprecords.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A whole session in one file: the download holds every record of the session as the
 * shipped document does; an import is previewed without writing, then written all or
 * nothing, and brings a session back exactly as it was exported.
 * <p>
 * Most tests here commit (revisions are written only on commit) and undo what they did.
 */
@IntegrationTest
@WithMockUser(username = "file-editor", roles = "EDITOR")
class SessionFileAdminIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentReader reader;

	@Autowired
	SessionFileImport imports;

	@Test
	void theDownloadIsTheSessionAsAPrettyUtf8JsonAttachmentNamedAfterItsSlug() {
		MvcTestResult result = this.mvc.get().uri("/admin/sessions/{id}/export", sessionId("22")).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"session-22.json\"");
		String body = body(result);
		assertThat(body).startsWith("{\n  \"format\" : \"asp-records/1\",\n  \"session\" : {");
		assertThat(this.reader.read(stream(body), "export").resolutions()).hasSize(8);
		assertThat(export("22")).as("the same facts give the same file").isEqualTo(body);
	}

	@Test
	void theEditPageOfASessionLinksToItsDownload() {
		long id = sessionId("22");
		Document page = Pages.page(this.mvc, "/admin/sessions/{id}/edit", id);
		assertThat(page.select("a[href=/admin/sessions/" + id + "/export]").text()).isEqualTo("Download as JSON");
		assertThat(Pages.page(this.mvc, "/admin/sessions").select("a[href=/admin/sessions/import]").text())
			.isEqualTo("Import a session file");
	}

	@Test
	void theDownloadHoldsTheFactsOfTheShippedDocumentAndTheDirectoryRecordsItRefersTo() throws IOException {
		JsonNode exported = JSON.readTree(export("22"));
		JsonNode shipped = shipped("records/sessions/asp-22.json");
		JsonNode directory = shipped("records/directory.json");

		assertThat(normal(exported.get("session"))).isEqualTo(normal(shipped.get("session")));
		for (String kind : List.of("resolutions", "elections", "budgets", "statements", "sideEvents", "amendments",
				"policies", "decisions", "accessions")) {
			assertThat(exported.get(kind)).as(kind).isNotNull();
			assertThat(normalSet(exported.get(kind))).as(kind).isEqualTo(normalSet(shipped.get(kind)));
		}
		for (String kind : List.of("states", "people", "organizations")) {
			List<JsonNode> referred = new ArrayList<>();
			exported.get(kind).forEach(referred::add);
			assertThat(referred).as(kind).isNotEmpty();
			for (JsonNode entry : referred) {
				JsonNode known = find(directory.get(kind), "slug", entry.get("slug").asString());
				assertThat(normal(entry)).as(kind + " " + entry.get("slug")).isEqualTo(normal(known));
			}
		}
		assertThat(exported.get("people").toString()).contains("\"haykel-ben-mahfoudh\"");
	}

	@Test
	void aFileThatIsNotJsonTooBigMalformedOrWithAnUnknownFieldIsRefusedWithItsMessageAndNothingIsWritten() {
		String before = rows();

		assertThat(refusal(upload("notes.txt", "text/plain", "Just some notes".getBytes(StandardCharsets.UTF_8))))
			.contains("Only a session file in JSON");
		assertThat(refusal(upload("picture.json", "application/json", new byte[] { (byte) 0xff, (byte) 0xd8, 0 })))
			.contains("Only a session file in JSON");
		byte[] big = ("{\"format\": \"asp-records/1\", \"session\": {\"slug\": \"22\", \"summary\": \""
				+ "x".repeat(1024 * 1024) + "\"}}")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(refusal(upload("big.json", "application/json", big))).contains("The file is too big");
		assertThat(refusal(upload("broken.json", "application/json",
				"{\"format\": \"asp-records/1\", \"session\": {\"slug\": \"22\",".getBytes(StandardCharsets.UTF_8))))
			.contains("cannot be imported")
			.contains("The file is not well-formed JSON: the first mistake is at line 1, column");
		String typo = export("22").replaceFirst("\"title\" :", "\"titel\" :");
		assertThat(refusal(upload("typo.json", "application/json", typo.getBytes(StandardCharsets.UTF_8))))
			.contains("In resolutions[0].titel: This field is not part of the format: check its spelling.");
		assertThat(refusal(upload("typed.json", "application/json",
				"{\"format\": \"asp-records/1\", \"session\": {\"slug\": \"22\"}, \"budgets\": [{\"year\": \"soon\"}]}"
					.getBytes(StandardCharsets.UTF_8))))
			.contains("In budgets[0].year: A whole number is expected here");
		assertThat(refusal(upload("other.json", "application/json",
				export("22").replace("ICC-ASP/22/Res.8", "ICC-ASP/21/Res.8").getBytes(StandardCharsets.UTF_8))))
			.containsPattern(
					"In resolutions\\[\\d+\\]\\.symbol: This symbol belongs to another session than session 22, where the"
							+ " resolution is recorded\\.");
		assertThat(refusal(upload("nameless.json", "application/json",
				"{\"format\": \"asp-records/1\", \"session\": {\"slug\": \"22\"}, \"statements\": [{\"segment\": \"CLOSING\"}]}"
					.getBytes(StandardCharsets.UTF_8))))
			.contains("In statements[0].key: This field is required.");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void thePreviewShowsWhatWouldBeCreatedAndChangedFieldByFieldAndWritesNothing() throws IOException {
		ObjectNode document = (ObjectNode) JSON.readTree(export("22"));
		ObjectNode resolution = (ObjectNode) find(document.get("resolutions"), "symbol", "ICC-ASP/22/Res.4");
		resolution.put("title", "A corrected title");
		((ArrayNode) document.get("statements")).addObject()
			.put("key", "a-new-statement")
			.put("segment", "CLOSING")
			.put("summary", "Said in a test");
		String before = rows();

		Document preview = Pages.parse(upload("22.json", "application/json", JSON.writeValueAsBytes(document)));

		assertThat(preview.select("h1").text()).isEqualTo("What importing session 22 would do");
		assertThat(preview.select("#summary").text()).isEqualTo("1 record would be created and 1 changed.");
		assertThat(preview.select("#kind-statements .created li").eachText()).containsExactly("a-new-statement");
		Element changed = preview.selectFirst("#kind-resolutions .changed table");
		assertThat(changed.select("caption").text()).isEqualTo("ICC-ASP/22/Res.4");
		assertThat(changed.select("tbody tr").eachText()).containsExactly(
				"title Resolution of the Assembly of States Parties on the proposed programme budget for 2024, the Working Capital Fund for 2024, the scale of "
						+ "assessment for the apportionment of expenses of the International Criminal Court, financing "
						+ "appropriations for 2024 and the Contingency Fund A corrected title");
		assertThat(preview.select("#kind-elections .unchanged").text()).startsWith("Already as the file says (5)");
		assertThat(preview.select("form[action=/admin/sessions/import/confirm] button").text())
			.isEqualTo("Confirm import");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aDocumentWithABrokenRecordInTheMiddleWritesNothingOnConfirmation() throws IOException {
		ObjectNode document = (ObjectNode) JSON.readTree(export("22"));
		((ObjectNode) find(document.get("resolutions"), "symbol", "ICC-ASP/22/Res.4")).put("title", "Changed first");
		ArrayNode statements = (ArrayNode) document.get("statements");
		((ObjectNode) statements.get(statements.size() / 2)).putArray("speakers")
			.addObject()
			.put("person", "nobody-recorded");
		((ObjectNode) document.get("decisions").get(0)).put("title", "Changed last");
		String json = JSON.writeValueAsString(document);
		String before = rows();

		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.imports.confirm(json, "broken.json", this.imports.fingerprint(json, "broken.json")))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.path())
					.matches("statements\\[\\d+\\]\\.speakers\\[0\\]\\.person")));
		MvcTestResult confirmed = confirm(json, "whatever");
		assertThat(refusal(confirmed)).containsPattern(
				"In statements\\[\\d+\\]\\.speakers\\[0\\]\\.person: No person \"nobody-recorded\" is recorded");

		assertThat(rows()).isEqualTo(before);
		assertThat(this.jdbc.sql("select title from resolution where symbol = 'ICC-ASP/22/Res.4'")
			.query(String.class)
			.single()).startsWith("Resolution of the Assembly of States Parties on the proposed programme budget");
	}

	@Test
	void anExportedSessionComesBackExactlyAfterItsRecordsWereDeletedOrChanged() throws IOException {
		String exported = export("22");
		long session = sessionId("22");
		String sessionRevisions = revisionsOf("assembly_session_aud", session);
		try {
			this.jdbc
				.sql("delete from statement where session_id = ? and slug = (select min(slug) from statement"
						+ " where session_id = ?)")
				.params(session, session)
				.update();
			this.jdbc
				.sql("delete from decision where session_id = ? and slug = (select min(slug) from decision"
						+ " where session_id = ?)")
				.params(session, session)
				.update();
			this.jdbc.sql("update resolution set title = 'Tampered' where symbol = 'ICC-ASP/22/Res.4'").update();
			this.jdbc.sql("update programme_budget set note = null, approved = 1 where year = 2024").update();
			this.jdbc
				.sql("update candidacy set outcome = 'WITHDRAWN', note = 'Tampered' where id = (select min(c.id)"
						+ " from candidacy c join election e on e.id = c.election_id where e.session_id = ?)")
				.param(session)
				.update();
			this.jdbc
				.sql("delete from election_round where id = (select min(r.id) from election_round r"
						+ " join election e on e.id = r.election_id where e.session_id = ?)")
				.param(session)
				.update();
			this.jdbc
				.sql("delete from statement_country where statement_id in (select id from statement"
						+ " where session_id = ?)")
				.param(session)
				.update();
			assertThat(export("22")).isNotEqualTo(exported);

			Document preview = Pages
				.parse(upload("session-22.json", "application/json", exported.getBytes(StandardCharsets.UTF_8)));
			assertThat(preview.select("#kind-statements .created li")).hasSize(1);
			assertThat(preview.select("#kind-resolutions .changed td.before").eachText()).containsExactly("Tampered");
			assertThat(preview.select("#kind-budgets .changed th[scope=row]").eachText()).containsExactly("approved",
					"note");
			MvcTestResult confirmed = confirm(exported, preview.select("input[name=fingerprint]").val());
			assertThat(confirmed).hasStatus3xxRedirection();
			assertThat(confirmed).redirectedUrl().isEqualTo("/admin/sessions/" + session + "/edit");
			assertThat(confirmed).flash().containsEntry("flash", "admin.session-file.imported");

			assertThat(export("22")).isEqualTo(exported);
			assertThat(revisionsOf("assembly_session_aud", session)).as("the unchanged session was not written")
				.isEqualTo(sessionRevisions);
			assertThat(this.jdbc.sql("select count(*) from resolution_aud a join revision r on r.id = a.rev"
					+ " where r.username = 'file-editor' and a.title = 'Resolution of the Assembly of States Parties on the"
					+ " proposed programme budget for 2024, the Working Capital Fund for 2024, the scale of assessment for the apportionment of expenses"
					+ " of the International Criminal Court, financing appropriations for 2024 and the Contingency"
					+ " Fund' and a.revtype = 1")
				.query(Long.class)
				.single()).as("the corrected resolution has a revision by the importing editor").isPositive();
		}
		finally {
			restore(exported);
		}
	}

	@Test
	void importingTheDownloadOfAnUnchangedSessionHasNothingToChangeAndWritesNoRevision() {
		String exported = export("22");
		String before = rows();

		Document preview = Pages
			.parse(upload("session-22.json", "application/json", exported.getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.select("#nothing-to-change").text()).startsWith("Nothing to change");
		assertThat(preview.select("form[action=/admin/sessions/import/confirm]")).isEmpty();
		assertThat(confirm(exported, this.imports.fingerprint(exported, "session-22.json"))).hasStatus3xxRedirection();

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aRecordChangedBetweenPreviewAndConfirmationRefusesTheImportAndAsksForANewPreview() {
		String document = export("22").replace(
				"\"Resolution of the Assembly of States Parties on the proposed programme budget",
				"\"Corrected: Resolution of the Assembly of States Parties on the proposed programme budget");
		String fingerprint = Pages
			.parse(upload("22.json", "application/json", document.getBytes(StandardCharsets.UTF_8)))
			.select("input[name=fingerprint]")
			.val();
		String title = "select title from resolution where symbol = 'ICC-ASP/22/Res.1'";
		String original = this.jdbc.sql(title).query(String.class).single();
		try {
			this.jdbc.sql("update resolution set title = 'Edited meanwhile' where symbol = 'ICC-ASP/22/Res.1'")
				.update();
			Document page = Pages.parse(confirm(document, fingerprint));

			assertThat(page.select("[role=alert]").text()).contains("changed since your preview");
			assertThat(page.select("#kind-resolutions .changed caption").eachText()).contains("ICC-ASP/22/Res.1");
			assertThat(this.jdbc.sql("select title from resolution where symbol = 'ICC-ASP/22/Res.4'")
				.query(String.class)
				.single()).startsWith("Resolution of the Assembly of States Parties on the proposed programme budget");
		}
		finally {
			this.jdbc.sql("update resolution set title = ? where symbol = 'ICC-ASP/22/Res.1'").param(original).update();
		}
	}

	@Test
	@Transactional
	void aNewSessionImportedIsCreatedWithItsRecordsAndShownOnThePublicPages() {
		String document = """
				{"format": "asp-records/1",
				 "session": {"slug": "30", "kind": "REGULAR", "number": 30, "startDate": "2031-12-01",
				   "endDate": "2031-12-06", "city": "The Hague", "summary": "A session imported from a file.",
				   "sources": ["https://example.org/asp30"]},
				 "people": [{"slug": "imported-candidate", "name": "Imported Candidate", "nationality": "tunisia"}],
				 "resolutions": [{"symbol": "ICC-ASP/30/Res.1", "title": "Resolution imported from a file",
				   "adoption": "CONSENSUS", "sources": ["https://example.org/res"]}],
				 "elections": [{"key": "judges", "body": "JUDGES", "seats": 1, "method": "BALLOTS",
				   "candidates": [{"person": "imported-candidate", "outcome": "ELECTED", "electedInRound": 1}],
				   "rounds": [{"number": 1, "ballotsCast": 120, "votes": {"imported-candidate": 99}}],
				   "sources": ["https://example.org/election"]}],
				 "statements": [{"key": "closing", "segment": "CLOSING", "summary": "Closing words from a file.",
				   "sources": ["https://example.org/statement"]}]}""";

		Document preview = Pages
			.parse(upload("asp-30.json", "application/json", document.getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.select("#summary").text()).isEqualTo("5 records would be created and 0 changed.");
		assertThat(preview.select("#kind-session .created li").eachText()).containsExactly("30");
		MvcTestResult confirmed = confirm(document, preview.select("input[name=fingerprint]").val());
		assertThat(confirmed).hasStatus3xxRedirection();

		assertThat(Pages.page(this.mvc, "/sessions/30").text()).contains("A session imported from a file.");
		assertThat(Pages.page(this.mvc, "/resolutions/ICC-ASP/30/Res.1").text())
			.contains("Resolution imported from a file");
		assertThat(Pages.page(this.mvc, "/elections/30/judges").text()).contains("Imported Candidate");
		assertThat(Pages.page(this.mvc, "/statements/30/closing").text()).contains("Closing words from a file.");
	}

	private MvcTestResult upload(String name, String type, byte[] content) {
		return SessionFiles.upload(this.mvc, name, content, null);
	}

	private MvcTestResult confirm(String document, String fingerprint) {
		return SessionFiles.confirm(this.mvc, document, fingerprint, null);
	}

	/** The message of the upload page, which must be shown again with it. */
	private static String refusal(MvcTestResult result) {
		String message = SessionFiles.refusal(result);
		assertThat(Pages.parse(result).select("h1").text()).isEqualTo("Import a session file");
		return message;
	}

	private void restore(String exported) {
		this.imports.confirm(exported, "restore.json", this.imports.fingerprint(exported, "restore.json"));
		assertThat(export("22")).isEqualTo(exported);
	}

	private String export(String slug) {
		return SessionFiles.export(this.mvc, this.jdbc, slug);
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private long sessionId(String slug) {
		return this.jdbc.sql("select id from assembly_session where slug = ?").param(slug).query(Long.class).single();
	}

	private String revisionsOf(String table, long id) {
		return this.jdbc.sql("select count(*) || '/' || coalesce(max(rev), 0) from " + table + " where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private String rows() {
		return SessionFiles.rows(this.jdbc);
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static JsonNode shipped(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JSON.readTree(in);
		}
	}

	private static JsonNode find(JsonNode list, String field, String value) {
		for (JsonNode entry : list) {
			if (value.equals(entry.path(field).asString())) {
				return entry;
			}
		}
		throw new AssertionError("no entry with " + field + " " + value);
	}

	/**
	 * An entry as facts: absent, null, empty and default values alike left out, sets
	 * (countries, refersTo) sorted.
	 */
	private static JsonNode normal(JsonNode node) {
		if (node.isObject()) {
			ObjectNode result = JSON.createObjectNode();
			List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
			properties.sort(Map.Entry.comparingByKey());
			for (Map.Entry<String, JsonNode> property : properties) {
				JsonNode value = property.getValue();
				boolean empty = value.isNull() || (value.isContainer() && value.isEmpty())
						|| (property.getKey().equals("approximate") && !value.asBoolean())
						|| (property.getKey().equals("startPrecision") && value.asString().equals("DAY"));
				if (!empty) {
					JsonNode normal = normal(value);
					if (List.of("countries", "refersTo").contains(property.getKey())) {
						normal = sorted(normal);
					}
					result.set(property.getKey(), normal);
				}
			}
			return result;
		}
		if (node.isArray()) {
			ArrayNode result = JSON.createArrayNode();
			node.forEach((element) -> result.add(normal(element)));
			return result;
		}
		if (node.isNumber() && node.isFloatingPointNumber()) {
			return JSON.getNodeFactory().stringNode(node.decimalValue().toPlainString());
		}
		return node;
	}

	private static JsonNode sorted(JsonNode array) {
		List<JsonNode> elements = new ArrayList<>();
		array.forEach(elements::add);
		elements.sort(Comparator.comparing(JsonNode::toString));
		ArrayNode result = JSON.createArrayNode();
		elements.forEach(result::add);
		return result;
	}

	/** A list of entries whose order carries no fact. */
	private static List<JsonNode> normalSet(JsonNode list) {
		List<JsonNode> entries = new ArrayList<>();
		for (Iterator<JsonNode> it = list.iterator(); it.hasNext();) {
			entries.add(normal(it.next()));
		}
		entries.sort(Comparator.comparing(JsonNode::toString));
		return entries;
	}

}
