package org.asprecords.election;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.asprecords.web.form.StaleEditException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The election form: one page and one save for an election, its candidates and its rounds
 * with their votes. These tests commit, as the portal does, so that "nothing is stored"
 * is checked against what really reached the database; they remove the elections they
 * record (slugs starting {@code it-}).
 */
@IntegrationTest
@WithMockUser(username = "test-editor", roles = "EDITOR")
class ElectionAdminIT {

	private static final String NEW = "/admin/elections/new";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ElectionEditor editor;

	@AfterEach
	void removeTheElectionsRecordedHere() {
		this.jdbc.sql("delete from election where slug like 'it-%'").update();
	}

	@Test
	void anElectionDecidedInTwoRoundsIsRecordedInOneSaveAndVisitorsSeeItsVotes() {
		MvcTestResult saved = submit(NEW, twoRounds());

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "admin.election.created");
		Document visitor = page(this.mvc, "/elections/23/it-judges");
		assertThat(visitor.selectFirst("h1").text()).isEqualTo("Judges, 23rd session (2024)");
		assertThat(visitor.select("#rounds thead th").eachText()).containsExactly("Candidate", "Round 1", "Round 2");
		assertThat(visitor.select("#rounds tbody tr").eachText()).containsSubsequence("Haykel Ben Mahfoudh 70 80",
				"Nicolas Guillou 90 —not recorded", "Beti Hohler 40 30", "Ballots cast 120 —not recorded",
				"Valid ballots 118 110", "Required majority 79 74");
		assertThat(visitor.select("#candidates tbody tr").eachText()).containsExactly(
				"Haykel Ben Mahfoudh Tunisia Elected 2", "Nicolas Guillou France Elected 1",
				"Beti Hohler Slovenia Not elected");
		assertThat(this.jdbc
			.sql("""
					select string_agg(p.slug || ':' || v.votes, ' ' order by r.number, v.position) from round_vote v
					join election_round r on r.id = v.round_id join candidacy c on c.id = v.candidacy_id
					join person p on p.id = c.person_id join election e on e.id = r.election_id where e.slug = 'it-judges'""")
			.query(String.class)
			.single())
			.isEqualTo("haykel-ben-mahfoudh:70 nicolas-guillou:90 beti-hohler:40 "
					+ "haykel-ben-mahfoudh:80 beti-hohler:30");
	}

	@Test
	void theFormOffersAColumnForEachRoundHeldSoThatElevenRoundsTakeOneSave() {
		String edit = created(twoRounds());
		Map<String, String> form = formOf(edit);
		assertThat(roundColumns(form)).as("the two rounds recorded and two blank").isEqualTo(4);

		form.put("roundCount", "11");
		saved(submit(edit, form));

		assertThat(roundColumns(formOf(edit))).as("the two rounds recorded and the nine others held").isEqualTo(11);
	}

	private static long roundColumns(Map<String, String> form) {
		return form.keySet().stream().filter((field) -> field.matches("rounds\\[\\d+\\]\\.number")).count();
	}

	@Test
	void editingVotesKeepsTheCandidatesAndRoundsAndRecordsTheSaveInTheHistory() {
		String edit = created(twoRounds());
		List<Long> candidacies = ids("candidacy");
		List<Long> rounds = ids("election_round");
		Map<String, String> form = formOf(edit);
		assertThat(form).containsEntry("rounds[1].votes[0]", "80").containsEntry("candidates[2].person", "beti-hohler");

		form.put("rounds[1].votes[0]", "81");
		form.put("rounds[0].note", "Figures from the plenary record");
		saved(submit(edit, form));

		assertThat(ids("candidacy")).isEqualTo(candidacies);
		assertThat(ids("election_round")).isEqualTo(rounds);
		Document visitor = page(this.mvc, "/elections/23/it-judges");
		assertThat(visitor.select("#rounds tbody tr").eachText()).contains("Haykel Ben Mahfoudh 70 81");
		assertThat(this.jdbc.sql("""
				select r.note from election_round r join election e on e.id = r.election_id
				where e.slug = 'it-judges' order by r.number""").query(String.class).list())
			.containsExactly("Figures from the plenary record", null);
		Document again = page(this.mvc, edit);
		assertThat(again.select("#history-heading + .table-wrap tbody tr").eachText()).hasSize(2)
			.allMatch((entry) -> entry.contains("test-editor"));
	}

	@Test
	void aCandidateTickedForRemovalGoesWithItsVotes() {
		String edit = created(twoRounds());
		Map<String, String> form = formOf(edit);
		form.put("candidates[1].remove", "true");
		form.remove("rounds[0].votes[1]");

		saved(submit(edit, form));

		Document visitor = page(this.mvc, "/elections/23/it-judges");
		assertThat(visitor.select("#candidates tbody th").eachText()).containsExactly("Haykel Ben Mahfoudh",
				"Beti Hohler");
		assertThat(visitor.select("#rounds tbody tr").eachText()).contains("Haykel Ben Mahfoudh 70 80",
				"Beti Hohler 40 30");
		assertThat(count("round_vote v join election_round r on r.id = v.round_id join election e"
				+ " on e.id = r.election_id where e.slug = 'it-judges'"))
			.isEqualTo(4);
	}

	@Test
	void roundsCanBeRemovedAndRenumberedInOneSaveKeepingTheirIds() {
		String edit = created(twoRounds());
		List<Long> rounds = ids("election_round");
		Map<String, String> swapped = formOf(edit);
		swapped.put("rounds[0].number", "2");
		swapped.put("rounds[1].number", "1");
		saved(submit(edit, swapped));
		assertThat(ids("election_round")).isEqualTo(rounds);
		assertThat(page(this.mvc, "/elections/23/it-judges").select("#rounds tbody tr").eachText())
			.contains("Haykel Ben Mahfoudh 80 70");

		Map<String, String> form = formOf(edit);
		form.put("rounds[0].remove", "true");
		form.put("rounds[1].number", "1");
		form.put("candidates[0].electedInRound", "1");
		form.put("candidates[1].electedInRound", "");
		saved(submit(edit, form));

		assertThat(ids("election_round")).containsExactly(rounds.get(0));
		Document visitor = page(this.mvc, "/elections/23/it-judges");
		assertThat(visitor.select("#rounds thead th").eachText()).containsExactly("Candidate", "Round 1");
		assertThat(visitor.select("#rounds tbody tr").eachText()).contains("Haykel Ben Mahfoudh 70",
				"Nicolas Guillou 90", "Beti Hohler 40");
	}

	@Test
	void everySaveRaisesTheVersionByOneWhetherTheElectionOrOnlyItsVotesChanged() {
		String edit = created(twoRounds());
		int version = version();
		Map<String, String> votes = formOf(edit);
		votes.put("rounds[0].votes[0]", "71");
		saved(submit(edit, votes));
		assertThat(version()).isEqualTo(version + 1);

		Map<String, String> both = formOf(edit);
		both.put("summary", "Two judges elected in two rounds.");
		both.put("rounds[0].votes[0]", "72");
		saved(submit(edit, both));
		assertThat(version()).isEqualTo(version + 2);
	}

	@Test
	void blankLinesAreIgnoredAndMoreAreOfferedAfterEachSave() {
		Map<String, String> one = election();
		one.put("candidates[0].person", "tomoko-akane");
		one.put("candidates[1].person", "");
		one.put("candidates[2].listLabel", "  ");
		one.put("rounds[0].number", "");
		one.put("rounds[1].votes[1]", "");
		String edit = created(one);

		assertThat(count("candidacy c join election e on e.id = c.election_id where e.slug = 'it-judges'"))
			.isEqualTo(1);
		assertThat(count("election_round r join election e on e.id = r.election_id where e.slug = 'it-judges'"))
			.isZero();
		Document form = page(this.mvc, edit);
		assertThat(form.select("input[name$=.person][list=election-people]"))
			.hasSize(1 + ElectionForm.BLANK_CANDIDATES);
		assertThat(form.select("input[name$=.number]")).hasSize(ElectionForm.BLANK_ROUNDS);
		assertThat(form.select("input[type=checkbox][name$=.remove]")).hasSize(1);

		Map<String, String> more = formOf(edit);
		more.put("candidates[1].person", "keebong-paek");
		more.put("candidates[2].person", "reine-alapini-gansou");
		more.put("candidates[3].person", "nicolas-guillou");
		more.put("rounds[0].number", "1");
		more.put("rounds[0].votes[3]", "12");
		saved(submit(edit, more));

		Document after = page(this.mvc, edit);
		assertThat(after.select("input[name$=.person][list=election-people]"))
			.hasSize(4 + ElectionForm.BLANK_CANDIDATES);
		assertThat(after.select("input[name$=.number]")).hasSize(1 + ElectionForm.BLANK_ROUNDS);
		assertThat(after.select("input[name^=rounds[0].votes]")).hasSize(4 + ElectionForm.BLANK_CANDIDATES);
		assertThat(after.selectFirst("#rounds-0-votes-3").val()).isEqualTo("12");
	}

	@Test
	void everyRuleOfTheRoundsIsExplainedBesideItsCellAndNothingIsStored() {
		String before = fingerprint();
		Map<String, String> form = twoRounds();
		form.put("heldOn", "2024-12-03");
		form.put("heldUntil", "2024-12-02");
		form.put("rounds[0].votes[0]", "119");
		form.put("rounds[0].validBallots", "118");
		form.put("rounds[0].ballotsCast", "117");
		form.put("rounds[1].requiredMajority", "111");
		form.put("rounds[1].votes[2]", "-3");
		form.put("rounds[1].invalidBallots", "-1");
		form.put("rounds[0].votes[3]", "4");
		form.put("candidates[1].electedInRound", "3");
		form.put("candidates[2].person", "");
		form.put("candidates[2].listLabel", "A");

		Document page = Pages.parse(submit(NEW, form));

		assertThat(error(page, "heldUntil")).isEqualTo("The last day cannot be before the first.");
		assertThat(error(page, "rounds-0-votes-0"))
			.isEqualTo("A candidate cannot receive more votes than the valid ballots of the round.");
		assertThat(error(page, "rounds-0-validBallots"))
			.isEqualTo("There cannot be more valid ballots than ballots cast.");
		assertThat(error(page, "rounds-1-requiredMajority"))
			.isEqualTo("The required majority cannot be above the valid ballots.");
		assertThat(error(page, "rounds-1-votes-2")).isEqualTo("Votes are a whole number from 0 to 9999.");
		assertThat(error(page, "rounds-1-invalidBallots")).isNotBlank();
		assertThat(error(page, "rounds-0-votes-3")).startsWith("These votes belong to no candidate");
		assertThat(error(page, "candidates-1-electedInRound")).startsWith("Give the number of a round");
		assertThat(error(page, "candidates-2-person")).isEqualTo("Choose the person or the State standing, not both.");
		assertThat(page.selectFirst("#rounds-0-votes-0").attr("aria-describedby")).isEqualTo("rounds-0-votes-0-error");
		assertThat(page.selectFirst("#rounds-0-votes-0").val()).isEqualTo("119");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void roundNumbersAreGivenUniqueAndFromOne() {
		String before = fingerprint();

		assertThat(refusal("rounds-1-number", "rounds[1].number", "1"))
			.isEqualTo("Another round of this election has this number.");
		assertThat(refusal("rounds-0-number", "rounds[0].number", "0")).isNotBlank();
		assertThat(refusal("rounds-1-number", "rounds[1].number", "")).isEqualTo("Give the number of the round.");
		assertThat(refusal("rounds-0-votes-1", "rounds[0].votes[1]", "-5"))
			.isEqualTo("Votes are a whole number from 0 to 9999.");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aRuleBrokenInTheSecondRoundStoresNothingOfTheElection() {
		String before = fingerprint();

		assertThat(refusal("rounds-1-votes-2", "rounds[1].votes[2]", "111"))
			.startsWith("A candidate cannot receive more votes");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void votesOfACandidateTickedForRemovalAreRefusedAndTheElectionStaysAsSaved() {
		String edit = created(twoRounds());
		String before = fingerprint();
		Map<String, String> form = formOf(edit);
		form.put("candidates[1].remove", "true");
		form.put("rounds[1].votes[0]", "99");

		Document page = Pages.parse(submit(edit, form));

		assertThat(error(page, "rounds-0-votes-1")).startsWith("These votes belong to no candidate");
		assertThat(page.selectFirst("#candidates-1-remove").hasAttr("checked")).isTrue();
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(page(this.mvc, "/elections/23/it-judges").select("#rounds tbody tr").eachText())
			.contains("Haykel Ben Mahfoudh 70 80");
	}

	@Test
	void unknownSessionsPeopleStatesAndTakenSlugsAreFieldErrors() {
		String before = fingerprint();

		assertThat(refusal("candidates-1-person", "candidates[1].person", "nobody-at-all"))
			.startsWith("No person is recorded under this key");
		assertThat(refusal("candidates-0-nationality", "candidates[0].nationality", "atlantis"))
			.startsWith("No State is recorded under this key");
		assertThat(refusal("session", "session", "99")).isEqualTo("There is no such session.");
		assertThat(refusal("slug", "session", "22", "slug", "judges"))
			.isEqualTo("Another election of this session already has this slug.");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void hostileInputIsRefusedBesideEachFieldWithoutAnyServerError() {
		String before = fingerprint();
		Map<String, String> form = twoRounds();
		form.put("slug", "it-judges'; drop table election; --");
		form.put("summary", "x".repeat(10_001));
		form.put("majorityRule", "two-thirds\u0007");
		form.put("termNote", "term \u202EetoN");
		form.put("candidates[0].role", "Judge\u200B");
		form.put("candidates[1].listLabel", "L".repeat(41));
		form.put("candidates[2].note", "bell\u0001");
		form.put("heldOn", "2024-02-30");
		form.put("rounds[1].heldOn", "31/12/2024");
		form.put("seats", "99999999999");
		form.put("termYears", "-9");
		form.put("rounds[0].votes[2]", "1e3");
		form.put("rounds[0].ballotsCast", "99999999999");
		form.put("body", "KING");
		form.put("candidates[0].outcome", "CROWNED");
		form.put("sources", "javascript:alert(1)");

		MvcTestResult result = submit(NEW, form);

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		for (String field : List.of("slug", "summary", "majorityRule", "termNote", "candidates-0-role",
				"candidates-1-listLabel", "candidates-2-note", "heldOn", "rounds-1-heldOn", "seats", "termYears",
				"rounds-0-votes-2", "rounds-0-ballotsCast", "body", "candidates-0-outcome", "sources")) {
			assertThat(error(page, field)).as(field).isNotBlank();
			assertThat(page.selectFirst("#" + field).attr("aria-describedby")).as(field).isEqualTo(field + "-error");
		}
		assertThat(error(page, "heldOn")).isEqualTo("Enter a date (year, month and day).");
		assertThat(error(page, "seats")).isEqualTo("Enter a whole number.");
		form.put("candidates[2].note", "nul\u0000");
		assertThat(submit(NEW, form)).hasStatus(400);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void linesBeyondTheFormOrNamingAnotherElectionsCandidacyChangeNothingElsewhere() {
		String before = fingerprint();
		Map<String, String> far = twoRounds();
		far.put("candidates[300].person", "tomoko-akane");
		assertThat(submit(NEW, far).getResponse().getStatus()).isLessThan(500);
		assertThat(fingerprint()).isEqualTo(before);

		long shipped = this.jdbc.sql("""
				select c.id from candidacy c join election e on e.id = c.election_id join assembly_session s
				on s.id = e.session_id join person p on p.id = c.person_id
				where s.slug = '19-resumed-2' and e.slug = 'prosecutor' and p.slug = 'karim-khan'""")
			.query(Long.class)
			.single();
		Map<String, String> borrowed = twoRounds();
		borrowed.put("candidates[0].id", String.valueOf(shipped));
		saved(submit(NEW, borrowed));
		assertThat(page(this.mvc, "/elections/19-resumed-2/prosecutor").select("#rounds tbody tr").eachText())
			.contains("Karim A.A. Khan 59 72");
	}

	@Test
	void markupAndSqlTypedAsTextAreStoredAsTypedAndShownEscaped() {
		Map<String, String> form = twoRounds();
		form.put("summary", "<script>alert('x')</script> ' or 1=1; --");
		form.put("candidates[0].note", "<b>bold</b>");

		saved(submit(NEW, form));

		Document visitor = page(this.mvc, "/elections/23/it-judges");
		assertThat(visitor.select("#summary-heading + p").text()).isEqualTo("<script>alert('x')</script> ' or 1=1; --");
		assertThat(visitor.select("main script, main b")).isEmpty();
		assertThat(visitor.select("#candidates tbody tr").first().text()).endsWith("<b>bold</b>");
	}

	@Test
	void aSaveFromAStaleFormShowsTheConflictWithTheChangedVotesAndKeepsTheInput() {
		String edit = created(twoRounds());
		Map<String, String> mine = formOf(edit);
		Map<String, String> theirs = formOf(edit);
		mine.put("rounds[0].votes[2]", "41");
		saved(submit(edit, mine));
		String before = fingerprint();

		theirs.put("rounds[1].votes[2]", "33");
		Document conflict = Pages.parse(submit(edit, theirs));

		assertThat(conflict.select("h1").text()).isEqualTo("Someone else saved this record while you were editing it");
		Element differences = conflict.selectFirst("table");
		assertThat(differences.select("tbody tr").eachText()).as(differences.text()).hasSize(1);
		assertThat(differences.select("tbody tr th").eachText()).containsExactly("Rounds and votes");
		assertThat(differences.select("tbody tr td").get(0).text()).contains("beti-hohler 41", "beti-hohler 30");
		assertThat(differences.select("tbody tr td").get(1).text()).contains("beti-hohler 40", "beti-hohler 33");
		assertThat(conflict.selectFirst("#rounds-1-votes-2").val()).isEqualTo("33");
		assertThat(fingerprint()).isEqualTo(before);

		Map<String, String> resaved = fieldsOf(conflict);
		saved(submit(edit, resaved));
		assertThat(page(this.mvc, "/elections/23/it-judges").select("#rounds tbody tr").eachText())
			.contains("Beti Hohler 40 33");
	}

	@Test
	void ofEditorsSavingOnlyVotesOfTheSameVersionAtOnceExactlyOneWins() throws Exception {
		String edit = created(twoRounds());
		long id = Long.parseLong(edit.replaceAll("\\D", ""));
		List<Callable<String>> saves = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			ElectionForm form = this.editor.form(id);
			form.getRounds().get(0).getVotes().set(0, 60 + i);
			saves.add(() -> {
				try {
					this.editor.update(id, form);
					return "saved";
				}
				catch (StaleEditException | OptimisticLockingFailureException ex) {
					return "conflict";
				}
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(saves.size());
		List<String> outcomes = new ArrayList<>();
		for (Future<String> outcome : pool.invokeAll(saves, 60, TimeUnit.SECONDS)) {
			outcomes.add(outcome.get());
		}
		pool.shutdown();

		assertThat(outcomes).containsOnlyOnce("saved").containsOnly("saved", "conflict");
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void aShippedElectionOpensInTheFormWithItsRecordedRound() {
		long id = this.jdbc.sql("""
				select e.id from election e join assembly_session s on s.id = e.session_id
				where s.slug = '19-resumed-2' and e.slug = 'prosecutor'""").query(Long.class).single();

		Document form = page(this.mvc, "/admin/elections/" + id + "/edit");

		assertThat(form.selectFirst("#candidates-0-person").val()).isEqualTo("karim-khan");
		assertThat(form.select("#election-people option[value=karim-khan]").text()).isEqualTo("Karim A.A. Khan");
		assertThat(form.selectFirst("#rounds-0-number").val()).isEqualTo("1");
		assertThat(form.selectFirst("#rounds-0-votes-0").val()).isEqualTo("59");
		assertThat(form.selectFirst("#rounds-1-number").val()).isEqualTo("2");
		assertThat(form.selectFirst("#rounds-1-votes-0").val()).isEqualTo("72");
		assertThat(form.selectFirst("#candidates-0-electedInRound").val()).isEqualTo("2");
		assertThat(form.select("label[for=candidates-0-outcome]").text()).isEqualTo("Outcome, line 1");
		assertThat(form.select("label[for=rounds-0-remove]").text()).isEqualTo("Remove, Round column 1");
		assertThat(form.select("label[for=rounds-1-validBallots]").text()).isEqualTo("Valid ballots, Round column 2");
		assertThat(form.select("label[for=rounds-0-votes-0]").text())
			.isEqualTo("Votes of line 1: Karim A.A. Khan, Round column 1");
	}

	@Test
	void theListShowsTheNewestSessionFirstAndFindsElectionsBySessionBodyOrSummary() {
		Document list = page(this.mvc, "/admin/elections");
		assertThat(list.select("tbody tr").first().select("td").first().text()).startsWith("24th session");
		assertThat(list.select("nav a[href*=page=2]")).isNotEmpty();

		Document prosecutor = page(this.mvc, "/admin/elections?q={q}", "prosecutor");
		assertThat(prosecutor.select("tbody tr").eachText())
			.anyMatch((row) -> row.startsWith("Prosecutor") && row.contains("19-resumed-2")
					|| row.contains("second resumed") || row.contains("2021"));
		Document byBody = page(this.mvc, "/admin/elections?q={q}", "trust fund");
		assertThat(byBody.select("tbody tr th").eachText()).isNotEmpty()
			.allMatch((body) -> body.equals("Board of Directors of the Trust Fund for Victims"));
		Document bySession = page(this.mvc, "/admin/elections?q={q}", "19-resumed-2");
		assertThat(bySession.select("tbody tr")).hasSize(2);
		Document none = page(this.mvc, "/admin/elections?q={q}", "no such election anywhere");
		assertThat(none.select(".empty").text()).isEqualTo("No election matches this search.");
	}

	private Map<String, String> election() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("session", "23");
		form.put("slug", "it-judges");
		form.put("body", "JUDGES");
		form.put("seats", "2");
		form.put("method", "BALLOTS");
		form.put("heldOn", "2024-12-03");
		form.put("sources", "A figure typed in a test");
		return form;
	}

	/**
	 * Three candidates, two rounds; the second candidate has no recorded votes in round
	 * 2.
	 */
	private Map<String, String> twoRounds() {
		Map<String, String> form = election();
		candidate(form, 0, "haykel-ben-mahfoudh", "tunisia", "ELECTED", "2");
		candidate(form, 1, "nicolas-guillou", "france", "ELECTED", "1");
		candidate(form, 2, "beti-hohler", "slovenia", "NOT_ELECTED", "");
		round(form, 0, "1", "120", "118", "79", "70", "90", "40");
		round(form, 1, "2", "", "110", "74", "80", "", "30");
		return form;
	}

	private static void candidate(Map<String, String> form, int line, String person, String nationality, String outcome,
			String round) {
		String row = "candidates[" + line + "].";
		form.put(row + "person", person);
		form.put(row + "nationality", nationality);
		form.put(row + "outcome", outcome);
		form.put(row + "electedInRound", round);
	}

	private static void round(Map<String, String> form, int column, String number, String cast, String valid,
			String majority, String... votes) {
		String row = "rounds[" + column + "].";
		form.put(row + "number", number);
		form.put(row + "ballotsCast", cast);
		form.put(row + "validBallots", valid);
		form.put(row + "requiredMajority", majority);
		for (int i = 0; i < votes.length; i++) {
			form.put(row + "votes[" + i + "]", votes[i]);
		}
	}

	/**
	 * The message beside {@code cell} when the election of {@link #twoRounds()} is sent
	 * with these changes (name, value, name, value, ...).
	 */
	private String refusal(String cell, String... changes) {
		Map<String, String> form = twoRounds();
		for (int i = 0; i < changes.length; i += 2) {
			form.put(changes[i], changes[i + 1]);
		}
		MvcTestResult result = submit(NEW, form);
		assertThat(result).hasStatusOk();
		return error(Pages.parse(result), cell);
	}

	private String created(Map<String, String> form) {
		return saved(submit(NEW, form)).getResponse().getRedirectedUrl();
	}

	/**
	 * Asserts that the form was saved (else says which messages it showed).
	 */
	private static MvcTestResult saved(MvcTestResult result) {
		assertThat(result.getResponse().getStatus())
			.as(() -> "messages: " + Pages.parse(result).select(".field-error").eachText())
			.isEqualTo(302);
		return result;
	}

	/**
	 * What a browser would send from the form as it is shown now.
	 */
	private Map<String, String> formOf(String uri) {
		return fieldsOf(page(this.mvc, uri));
	}

	private static Map<String, String> fieldsOf(Document page) {
		Map<String, String> fields = new LinkedHashMap<>();
		FormElement form = (FormElement) page.selectFirst("form[method=post]:has(input[name=version])");
		form.formData()
			.stream()
			.filter((field) -> !field.key().equals("_csrf"))
			.forEach((field) -> fields.put(field.key(), field.value()));
		return fields;
	}

	private MvcTestResult submit(String uri, Map<String, String> fields) {
		List<String> pairs = new ArrayList<>();
		fields.forEach((name, value) -> {
			pairs.add(name);
			pairs.add(value);
		});
		return Pages.submit(this.mvc, uri, pairs.toArray(String[]::new));
	}

	private static String error(Document page, String cell) {
		Element error = page.getElementById(cell + "-error");
		return (error != null) ? error.text() : "";
	}

	private List<Long> ids(String table) {
		return this.jdbc
			.sql("select t.id from " + table + " t join election e on e.id = t.election_id"
					+ " where e.slug = 'it-judges' order by t.id")
			.query(Long.class)
			.list();
	}

	private int version() {
		return this.jdbc.sql("select version from election where slug = 'it-judges'").query(Integer.class).single();
	}

	private long count(String from) {
		return this.jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

	/** How many elections, candidacies, rounds and votes are stored. */
	private String fingerprint() {
		return this.jdbc.sql("""
				select (select count(*) from election) || '/' || (select count(*) from candidacy) || '/'
				    || (select count(*) from election_round) || '/' || (select count(*) from round_vote)
				    || '/' || (select coalesce(max(updated_at)::text, '') from election)""")
			.query(String.class)
			.single();
	}

}
