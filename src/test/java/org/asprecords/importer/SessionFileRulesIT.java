package org.asprecords.importer;

import java.io.IOException;
import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session file is held to the rules of the admin forms, and each refusal names the
 * field and what is expected there, in the editor's language, with nothing written: an
 * editor's file can no more break a public page (a control character in a title, an
 * amount rounded away) than a form can.
 */
@IntegrationTest
@WithMockUser(username = "rules-editor", roles = "EDITOR")
class SessionFileRulesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A no-break space, as jsoup's text of a page shows it. */
	private static final String NBSP = " ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionFileImport imports;

	private String before;

	@BeforeEach
	void countRows() {
		this.before = SessionFiles.rows(this.jdbc);
	}

	@Test
	void controlCharactersLoneSurrogatesAndNulAreRefusedNamingTheirFields() throws IOException {
		ObjectNode document = session22();
		int resolution = indexOf(document.get("resolutions"), "symbol", "ICC-ASP/22/Res.4");
		((ObjectNode) document.get("resolutions").get(resolution)).put("title", "Programme budget\u0007 for 2024");
		((ObjectNode) document.get("session")).put("summary", "A summary\u0000 with a NUL");
		((ObjectNode) document.get("people").get(0)).put("name", "Half LONE-SURROGATE a character");
		String json = JSON.writeValueAsString(document).replace("LONE-SURROGATE", "\\ud800");

		String english = SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", json, null));
		String french = SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", json, "fr"));

		String plainText = "Remove the control or invisible characters (such as direction marks or zero-width spaces)"
				+ " from this text.";
		assertThat(english).startsWith("The file cannot be imported as it is:")
			.contains("In resolutions[" + resolution + "].title: " + plainText)
			.contains("In session.summary: " + plainText)
			.contains("In people[0].name: " + plainText)
			.endsWith("Nothing was written.");
		assertThat(french).startsWith("Le fichier ne peut pas être importé en l’état" + NBSP + ":")
			.contains("Dans resolutions[" + resolution + "].title" + NBSP
					+ ": Retirez de ce texte les caractères de contrôle ou invisibles")
			.contains("Dans session.summary" + NBSP + ": Retirez")
			.endsWith("Rien n’a été écrit.");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
	}

	@Test
	void lineBreaksAndTabsAreTextOnlyInFieldsOfSeveralLines() throws IOException {
		ObjectNode document = session22();
		((ObjectNode) document.get("session")).put("summary", "First line\n\tand an indented second one.");

		assertThat(Pages.parse(SessionFiles.upload(this.mvc, "22.json", JSON.writeValueAsString(document), null))
			.select("h1")
			.text()).isEqualTo("What importing session 22 would do");

		((ObjectNode) document.get("session")).put("venue", "World Forum\nConvention Center");
		assertThat(
				SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", JSON.writeValueAsString(document), null)))
			.contains("In session.venue: Remove the control or invisible characters");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
	}

	@Test
	void amountsFollowTheBudgetFormAndAreNeverRounded() throws IOException {
		for (String amount : List.of("\"0.001\"", "0.001", "\"1e999999999\"", "1e999999999", "\"1234567890123.00\"")) {
			String json = withApproved(amount);
			assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", json, null))).as(amount)
				.contains("In budgets[0].approved: Give at most 12 digits before the decimal point and 2 after it.");
			assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", json, "fr"))).as(amount)
				.contains("Dans budgets[0].approved" + NBSP + ": Indiquez au plus 12 chiffres avant la virgule et 2"
						+ " après.");
		}
		assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", withApproved("\"-1.00\""), null)))
			.contains("In budgets[0].approved: An amount cannot be negative.");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
		assertThat(this.jdbc.sql("select approved::text from programme_budget where year = 2024")
			.query(String.class)
			.single()).isEqualTo("187084300.00");
	}

	@Test
	void aConfirmationPostedWithADocumentOverTheLimitIsRefusedAndStoresNothing() throws IOException {
		ObjectNode document = session22();
		((ObjectNode) document.get("session")).put("summary", "A summary. ".repeat(100_000));
		String json = JSON.writeValueAsString(document);
		assertThat(json.length()).isGreaterThan(1024 * 1024);
		String fingerprint = this.imports.fingerprint(json, "big.json");

		assertThat(SessionFiles.refusal(SessionFiles.confirm(this.mvc, json, fingerprint, null)))
			.isEqualTo("The file is too big: a session file has at most 1 MB. Nothing was written.");
		assertThat(SessionFiles.refusal(SessionFiles.confirm(this.mvc, json, fingerprint, "fr")))
			.isEqualTo("Le fichier est trop volumineux" + NBSP + ": un fichier de session fait au plus 1 Mo."
					+ " Rien n’a été écrit.");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
		assertThat(this.jdbc.sql("select summary from assembly_session where slug = '22'").query(String.class).single())
			.doesNotStartWith("A summary. A summary.");
	}

	@Test
	void eachMistakeIsNamedWithItsFieldAndWhatIsExpectedWithoutTheWordsOfTheJsonLibrary() {
		String session = "\"format\": \"asp-records/1\", \"session\": {\"slug\": \"22\", \"kind\": \"REGULAR\", \"number\": 22";
		String resolution = "\"resolutions\": [{\"symbol\": \"ICC-ASP/22/Res.1\", ";
		expectRefusal("{" + session + "}, " + resolution + "\"title\": [\"a\", \"list\"]}]}",
				"In resolutions[0].title: Text is expected here, in double quotes.",
				"Dans resolutions[0].title" + NBSP + ": Un texte est attendu ici, entre guillemets droits.");
		expectRefusal("{" + session + "}, " + resolution + "\"adoption\": \"MAYBE\"}]}",
				"In resolutions[0].adoption: \"MAYBE\" is not one of the accepted values: CONSENSUS, VOTE.",
				"Dans resolutions[0].adoption" + NBSP + ": «" + NBSP + "MAYBE" + NBSP
						+ "» ne fait pas partie des valeurs acceptées" + NBSP + ": CONSENSUS, VOTE.");
		expectRefusal("{" + session + ", \"startDate\": \"2024-13-45\"}}",
				"In session.startDate: A date is expected here, written YYYY-MM-DD (such as \"2024-12-02\").",
				"Dans session.startDate" + NBSP + ": Une date est attendue ici, écrite AAAA-MM-JJ");
		expectRefusal("{" + session + ", \"startDate\": 20240101}}", "In session.startDate: A date is expected here",
				"Dans session.startDate" + NBSP + ": Une date est attendue ici");
		expectRefusal("{" + session + ", \"topics\": \"budget\"}}",
				"In session.topics: A list is expected here, in square brackets: [ ... ].",
				"Dans session.topics" + NBSP + ": Une liste est attendue ici");
		expectRefusal("{" + session + ", \"resumption\": 1.5}}",
				"In session.resumption: A whole number is expected here, such as 3, written without quotes.",
				"Dans session.resumption" + NBSP + ": Un nombre entier est attendu ici");
		expectRefusal("{" + session + ", \"city\": 42}}", "In session.city: Text is expected here",
				"Dans session.city" + NBSP + ": Un texte est attendu ici");
		expectRefusal("{" + session + "}, \"statements\": [{\"segment\": \"CLOSING\", \"summary\": \"Said.\"}]}",
				"In statements[0].key: This field is required.",
				"Dans statements[0].key" + NBSP + ": Ce champ est obligatoire.");
		expectRefusal("{" + session + "}, " + resolution + "\"titel\": \"A typo\"}]}",
				"In resolutions[0].titel: This field is not part of the format: check its spelling. The fields of"
						+ " this entry are: adoptedOn, adoption, adoptionNote, documents, draft,",
				"Dans resolutions[0].titel" + NBSP + ": Ce champ ne fait pas partie du format");
		expectRefusal("{" + session + "},\n \"resolutions\": [{\"symbol\" \"ICC-ASP/22/Res.1\"}]}",
				"The file is not well-formed JSON: the first mistake is at line 2, column 28 (a missing comma, quote or bracket, for instance).",
				"Le fichier n’est pas du JSON bien formé" + NBSP
						+ ": la première erreur se trouve ligne 2, colonne 28");
		expectRefusal("{" + session + "}, \"people\": [{\"slug\": \"Jane Doe\", \"name\": \"Jane Doe\"}]}",
				"In people[0].slug: Write this key in letters and digits, words joined by single hyphens",
				"Dans people[0].slug" + NBSP + ": Écrivez cette clé en lettres et en chiffres");
		expectRefusal("{" + session + ", \"resumption\": 0}}", "In session.resumption: Give a number of at least 1.",
				"Dans session.resumption" + NBSP + ": Indiquez un nombre d’au moins 1.");
		expectRefusal("{" + session + "}, \"people\": [null]}", "In people[0]: This field is required.",
				"Dans people[0]" + NBSP + ": Ce champ est obligatoire.");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
	}

	@Test
	void aValueTheDatabaseRefusesIsToldInPlainWords() throws IOException {
		ObjectNode document = session22();
		((ObjectNode) document.get("session")).put("startDate", "2023-12-04").put("endDate", "2023-12-01");
		String json = JSON.writeValueAsString(document);

		String english = SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", json, null));
		String french = SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", json, "fr"));

		assertThat(english).contains("A value of the file breaks a rule of the records (a required value missing, or"
				+ " dates in the wrong order, for instance).");
		assertThat(french).contains("Une valeur du fichier enfreint une règle des fiches");
		assertThat(english + french).doesNotContain("assembly_session", "violates", "ERROR", "constraint");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
	}

	@Test
	void aRuleOfTheRecordsIsToldInTheEditorsLanguage() throws IOException {
		ObjectNode document = session22();
		int resolution = indexOf(document.get("resolutions"), "symbol", "ICC-ASP/22/Res.4");
		((ObjectNode) document.get("resolutions").get(resolution)).put("draft", true);
		String json = JSON.writeValueAsString(document);

		assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", json, null)))
			.contains("In resolutions[" + resolution + "].draft: It cannot become a draft while published records"
					+ " refer to it (programme budgets: 1)");
		assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", json, "fr")))
			.contains("Dans resolutions[" + resolution + "].draft" + NBSP
					+ ": Elle ne peut redevenir un brouillon tant que des fiches publiées y renvoient"
					+ " (budgets-programmes" + NBSP + ": 1)");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
	}

	@Test
	void aPublishedRecordOfTheFileReferringToADraftOfTheFileIsRefused() {
		String json = """
				{"format": "asp-records/1", "session": {"slug": "31", "kind": "REGULAR", "number": 31},
				 "resolutions": [{"symbol": "ICC-ASP/31/Res.1", "title": "A draft resolution", "draft": true}],
				 "budgets": [{"year": 2099, "resolution": "ICC-ASP/31/Res.1", "approved": "1.00"}]}""";

		assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "31.json", json, null)))
			.contains("In budgets[0].draft: It cannot be published while it refers to records that are drafts or in"
					+ " the trash (resolutions: 1)");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
	}

	@Test
	void aFileOfMoreRecordsThanTheLimitIsRefusedWithItsOwnMessage() {
		StringBuilder json = new StringBuilder(
				"{\"format\": \"asp-records/1\", \"session\": {\"slug\": \"22\", \"kind\": \"REGULAR\"}, \"people\": [");
		for (int i = 0; i < SessionFileImport.MAX_RECORDS; i++) {
			json.append((i > 0) ? "," : "").append("{\"slug\":\"p").append(i).append("\",\"name\":\"P\"}");
		}
		json.append("]}");
		assertThat(json.length()).isLessThan(1024 * 1024);

		assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "many.json", json.toString(), null)))
			.contains("The file holds 20,001 records (counting the candidates and rounds of elections); a session"
					+ " file may hold at most 20,000. Import it in several files.");
		assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "many.json", json.toString(), "fr")))
			.contains("Le fichier contient 20\u202f001 fiches (en comptant les candidats et les tours des élections)");
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
	}

	private void expectRefusal(String json, String english, String french) {
		String shownInEnglish = SessionFiles.refusal(SessionFiles.upload(this.mvc, "file.json", json, null));
		String shownInFrench = SessionFiles.refusal(SessionFiles.upload(this.mvc, "file.json", json, "fr"));
		assertThat(shownInEnglish).as(json).contains(english);
		assertThat(shownInFrench).as(json).contains(french);
		assertThat(shownInEnglish + shownInFrench).as(json)
			.doesNotContain("java.", "JsonToken", "Cannot deserialize", "`", "START_ARRAY", "Exception");
	}

	private String withApproved(String amount) throws IOException {
		ObjectNode document = session22();
		int budget = indexOf(document.get("budgets"), "year", "2024");
		ArrayNode budgets = JSON.createArrayNode().add(document.get("budgets").get(budget));
		document.set("budgets", budgets);
		return JSON.writeValueAsString(document)
			.replaceFirst("\"approved\" ?: ?\"[0-9.]+\"", "\"approved\": " + amount);
	}

	private ObjectNode session22() throws IOException {
		return (ObjectNode) JSON.readTree(SessionFiles.export(this.mvc, this.jdbc, "22"));
	}

	private static int indexOf(JsonNode list, String field, String value) {
		for (int index = 0; index < list.size(); index++) {
			if (value.equals(list.get(index).path(field).asString())) {
				return index;
			}
		}
		throw new AssertionError("no entry with " + field + " " + value);
	}

}
