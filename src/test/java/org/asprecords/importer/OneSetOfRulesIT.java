package org.asprecords.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A rule of the records holds whichever way a value comes: each case is sent through its
 * admin form and through a session file, and both refuse it with the same words beside
 * the same field, in English and in French, with nothing written.
 */
@IntegrationTest
@WithMockUser(username = "rules-editor", roles = "EDITOR")
class OneSetOfRulesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private String before;

	/**
	 * One broken rule: the form to send it through and the field it names there; the
	 * change that breaks it in the session file of session 22, and the field's path
	 * there.
	 */
	record Case(String rule, String form, List<String> fields, String field, Consumer<ObjectNode> change,
			Function<ObjectNode, String> path) {

		@Override
		public String toString() {
			return this.rule;
		}

	}

	static Stream<Case> cases() {
		return Stream.of(
				new Case("a resolution under another session's symbol", "/admin/resolutions/new",
						List.of("symbol", "ICC-ASP/23/Res.99", "session", "22", "sources", "A test"), "symbol",
						(document) -> resolution(document, 0).put("symbol", "ICC-ASP/23/Res.99"),
						(document) -> "resolutions[0].symbol"),
				new Case("vote counts of a resolution adopted by consensus", "/admin/resolutions/new",
						List.of("symbol", "ICC-ASP/22/Res.99", "session", "22", "adoption", "CONSENSUS", "votesFor",
								"3", "sources", "A test"),
						"votesMatchAdoption",
						(document) -> resolution(document, 0).put("adoption", "CONSENSUS").put("votesFor", 3),
						(document) -> "resolutions[0].votesFor"),
				new Case("a budget adopted by a resolution of another session", "/admin/budgets/new",
						List.of("year", "2040", "session", "22", "resolution", "ICC-ASP/23/Res.1", "sources", "A test"),
						"resolution", (document) -> budget2024(document).put("resolution", "ICC-ASP/23/Res.1"),
						(document) -> "budgets[0].resolution"),
				new Case("more valid ballots than ballots cast", "/admin/elections/new",
						election("rounds[0].ballotsCast", "100", "rounds[0].validBallots", "120"),
						"rounds-0-validBallots",
						(document) -> firstRound(document).put("ballotsCast", 100).put("validBallots", 120),
						(document) -> "elections[0].rounds[0].validBallots"),
				new Case("a required majority above the valid ballots", "/admin/elections/new",
						election("rounds[0].validBallots", "100", "rounds[0].requiredMajority", "101"),
						"rounds-0-requiredMajority",
						(document) -> firstRound(document).put("validBallots", 100).put("requiredMajority", 101),
						(document) -> "elections[0].rounds[0].requiredMajority"),
				new Case("two rounds with one number", "/admin/elections/new", election("rounds[1].number", "1"),
						"rounds-1-number", (document) -> {
							firstRound(document);
							((ArrayNode) document.get("elections").get(0).get("rounds")).addObject().put("number", 1);
						}, (document) -> "elections[0].rounds[1].number"),
				new Case("a round numbered above the rounds held", "/admin/elections/new",
						election("roundCount", "1", "rounds[0].number", "2"), "rounds-0-number",
						(document) -> ((ObjectNode) document.get("elections").get(0)).put("roundCount", 1)
							.putArray("rounds")
							.addObject()
							.put("number", 2),
						(document) -> "elections[0].rounds[0].number"),
				new Case("a candidate elected in a round the election did not hold", "/admin/elections/new",
						election("roundCount", "1", "candidates[0].electedInRound", "3"), "candidates-0-electedInRound",
						(document) -> {
							ObjectNode election = (ObjectNode) document.get("elections").get(0);
							election.put("roundCount", 1);
							((ObjectNode) election.get("candidates").get(0)).put("electedInRound", 3);
						}, (document) -> "elections[0].candidates[0].electedInRound"),
				new Case("a candidate's votes above the valid ballots", "/admin/elections/new",
						election("rounds[0].validBallots", "100", "rounds[0].votes[0]", "101"), "rounds-0-votes-0",
						(document) -> firstRound(document).put("validBallots", 100)
							.putObject("votes")
							.put(firstCandidate(document), 101),
						(document) -> "elections[0].rounds[0].votes." + firstCandidate(document)),
				new Case("an election whose last day comes before its first", "/admin/elections/new",
						election("heldOn", "2023-12-08", "heldUntil", "2023-12-06"), "heldUntil",
						(document) -> ((ObjectNode) document.get("elections").get(0)).put("heldOn", "2023-12-08")
							.put("heldUntil", "2023-12-06"),
						(document) -> "elections[0].heldUntil"),
				new Case("a candidate who is both a person and a State", "/admin/elections/new",
						election("candidates[0].state", "armenia"), "candidates-0-person",
						(document) -> ((ObjectNode) document.get("elections").get(0).get("candidates").get(0))
							.put("state", "armenia"),
						(document) -> "elections[0].candidates[0].person"),
				new Case("a statement with neither a quote nor a summary", "/admin/statements/new",
						List.of("session", "22", "slug", "rules-statement", "segment", "GENERAL_DEBATE", "speakerLabel",
								"A test", "sources", "A test"),
						"summary",
						(document) -> ((ObjectNode) document.get("statements").get(0)).remove(
								List.of("quote", "summary")),
						(document) -> "statements[0].summary"),
				new Case("an amendment adopted by a resolution of another session", "/admin/amendments/new",
						List.of("session", "22", "slug", "rules-amendment", "instrument", "ROME_STATUTE", "subject",
								"A test", "resolution", "ICC-ASP/23/Res.1"),
						"resolution",
						(document) -> ((ObjectNode) document.get("amendments").get(0)).put("resolution",
								"ICC-ASP/23/Res.1"),
						(document) -> "amendments[0].resolution"),
				new Case("seats by regional group that do not add up to the seats after", "/admin/decisions/new",
						List.of("session", "22", "slug", "rules-seats", "kind", "BODY_COMPOSITION", "title", "A test",
								"seatsAfter", "18", "allocations[0].seats", "17"),
						"allocations", (document) -> enlargement(document).put("seatsAfter", 18),
						(document) -> "decisions[0].allocations"),
				new Case("a President's term ending before it begins", "/admin/presidents/new",
						List.of("person", "haykel-ben-mahfoudh", "fromSession", "23", "toSession", "20"), "toSession",
						(document) -> document.putArray("presidents")
							.addObject()
							.put("person", "haykel-ben-mahfoudh")
							.put("fromSession", "23")
							.put("toSession", "20"),
						(document) -> "presidents[0].toSession"));
	}

	/**
	 * A new election at session 22 with one candidate and one round, with these fields
	 * (name and value in turn) set or replaced.
	 */
	private static List<String> election(String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		List<String> given = new ArrayList<>(
				List.of("session", "22", "slug", "rules-judges", "body", "JUDGES", "method", "BALLOTS", "sources",
						"A test", "candidates[0].person", "haykel-ben-mahfoudh", "rounds[0].number", "1"));
		given.addAll(List.of(fields));
		for (int i = 0; i < given.size(); i += 2) {
			form.put(given.get(i), given.get(i + 1));
		}
		List<String> pairs = new ArrayList<>();
		form.forEach((name, value) -> pairs.addAll(List.of(name, value)));
		return pairs;
	}

	/** A resolution in session 22's file. */
	private static ObjectNode resolution(ObjectNode document, int index) {
		return (ObjectNode) document.get("resolutions").get(index);
	}

	/** A first round added to the first election in session 22's file. */
	private static ObjectNode firstRound(ObjectNode document) {
		ObjectNode election = (ObjectNode) document.get("elections").get(0);
		return election.putArray("rounds").addObject().put("number", 1);
	}

	/** The person of the first candidate of the first election in session 22's file. */
	private static String firstCandidate(ObjectNode document) {
		return document.get("elections").get(0).get("candidates").get(0).get("person").asString();
	}

	@BeforeEach
	void countRows() {
		this.before = SessionFiles.rows(this.jdbc);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void theFormAndTheSessionFileRefuseItWithTheSameWords(Case broken) throws IOException {
		ObjectNode document = (ObjectNode) JSON.readTree(SessionFiles.export(this.mvc, this.jdbc, "22"));
		broken.change().accept(document);
		String file = JSON.writeValueAsString(document);
		// (jsoup reads the no-break space before a French colon as a space)
		for (String language : List.of("en", "fr")) {
			String byForm = formError(broken, language);
			assertThat(byForm).as("%s, by the form, in %s", broken, language).isNotBlank();
			assertThat(SessionFiles.refusal(SessionFiles.upload(this.mvc, "22.json", file, language)))
				.as("%s, by a session file, in %s", broken, language)
				.contains(broken.path().apply(document) + ("fr".equals(language) ? " : " : ": ") + byForm);
		}
		assertThat(SessionFiles.rows(this.jdbc)).isEqualTo(this.before);
	}

	private String formError(Case broken, String language) {
		var post = this.mvc.post()
			.uri(broken.form() + "?lang=" + language)
			.with(csrf())
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < broken.fields().size(); i += 2) {
			post = post.param(broken.fields().get(i), broken.fields().get(i + 1));
		}
		MvcTestResult result = post.exchange();
		assertThat(result).hasStatusOk();
		Document form = Pages.parse(result);
		return form.select("#" + broken.field() + "-error").text();
	}

	/**
	 * The enlargement of the Committee on Budget and Finance, the first decision in
	 * session 22's file.
	 */
	private static ObjectNode enlargement(ObjectNode document) {
		JsonNode decision = document.get("decisions").get(0);
		assertThat(decision.get("key").asString()).isEqualTo("cbf-enlargement");
		return (ObjectNode) decision;
	}

	/** The 2024 budget in session 22's file, the first of its budgets. */
	private static ObjectNode budget2024(ObjectNode document) {
		JsonNode budget = document.get("budgets").get(0);
		assertThat(budget.get("year").asInt()).isEqualTo(2024);
		return (ObjectNode) budget;
	}

}
