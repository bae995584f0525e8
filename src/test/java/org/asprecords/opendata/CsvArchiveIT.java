package org.asprecords.opendata;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.asprecords.db.Visibility;
import org.asprecords.support.IntegrationTest;
import org.asprecords.topic.Topic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ZIP of CSV files holds one file per kind of published record, each readable by a
 * CSV parser, with as many rows as the public sees records, and nothing a spreadsheet
 * would run or a visitor may not see.
 */
@IntegrationTest
@Transactional
class CsvArchiveIT {

	private static final String SHOWN = Visibility.of("x", true);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	MessageSource messages;

	@Test
	void everyKindOfRecordIsAFileWithItsHeader() throws Exception {
		Map<String, List<CSVRecord>> files = download();

		assertThat(files.keySet()).containsExactly("sessions.csv", "presidents.csv", "resolutions.csv", "elections.csv",
				"candidacies.csv", "election_rounds.csv", "round_votes.csv", "programme_budgets.csv",
				"programme_budget_lines.csv", "statements.csv", "statement_speakers.csv", "side_events.csv",
				"amendments.csv", "policies.csv", "decisions.csv", "seat_allocations.csv", "accessions.csv",
				"states.csv", "people.csv", "organizations.csv", "topics.csv");
		for (DataFile<?> file : DataFiles.ALL) {
			List<String> header = files.get(file.getFileName()).get(0).toList();
			assertThat(header).as(file.getFileName()).isEqualTo(file.header()).doesNotHaveDuplicates();
			assertThat(header).allMatch((column) -> column.matches("[a-z]+(_[a-z]+)*"));
		}
		assertThat(files.get("programme_budget_lines.csv")).extracting(CSVRecord::toList)
			.contains(List.of("15", "2017", "II", "EUR", "44974200.00"),
					List.of("18", "2020", "VII-2", "EUR", "3585100.00"))
			.hasSize(1 + 18);
		assertThat(column(files, "topics.csv", "key"))
			.isEqualTo(Arrays.stream(Topic.values()).map(Topic::key).toList());
		assertThat(files.get("topics.csv")).anyMatch((row) -> row.toList()
			.equals(List.of("victims", this.messages.getMessage("topic.victims", null, Locale.ENGLISH),
					this.messages.getMessage("topic.victims", null, Locale.FRENCH))));
	}

	@Test
	void eachFileHasARowPerPublishedRecord() throws Exception {
		Map<String, List<CSVRecord>> files = download();

		assertThat(rows(files, "sessions.csv")).isEqualTo(apiTotal("/api/v1/sessions"));
		assertThat(rows(files, "resolutions.csv")).isEqualTo(apiTotal("/api/v1/resolutions"));
		assertThat(rows(files, "elections.csv")).isEqualTo(apiTotal("/api/v1/elections"));
		assertThat(rows(files, "statements.csv")).isEqualTo(apiTotal("/api/v1/statements"));
		assertThat(rows(files, "states.csv")).isEqualTo(apiTotal("/api/v1/states"));
		assertThat(rows(files, "people.csv")).isEqualTo(apiTotal("/api/v1/people"));
		assertThat(rows(files, "organizations.csv")).isEqualTo(apiTotal("/api/v1/organizations"));
		assertThat(rows(files, "programme_budgets.csv"))
			.isEqualTo((int) JsonPath.read(api("/api/v1/budgets"), "$.length()"));
		assertThat(rows(files, "side_events.csv")).isEqualTo(count("side_event x"));
		assertThat(rows(files, "amendments.csv")).isEqualTo(count("amendment x"));
		assertThat(rows(files, "policies.csv")).isEqualTo(count("policy x"));
		assertThat(rows(files, "decisions.csv")).isEqualTo(count("decision x"));
		assertThat(rows(files, "accessions.csv")).isEqualTo(count("accession x"));
		assertThat(rows(files, "candidacies.csv"))
			.isEqualTo(count("candidacy c join election x on x.id = c.election_id"));
		assertThat(rows(files, "election_rounds.csv"))
			.isEqualTo(count("election_round r join election x on x.id = r.election_id"));
		assertThat(rows(files, "round_votes.csv")).isEqualTo(count(
				"round_vote v join election_round r on r.id = v.round_id join election x on x.id = r.election_id"));
		assertThat(rows(files, "statement_speakers.csv"))
			.isEqualTo(count("statement_speaker p join statement x on x.id = p.statement_id"));
		assertThat(rows(files, "seat_allocations.csv"))
			.isEqualTo(count("seat_allocation a join decision x on x.id = a.decision_id"));
		assertThat(rows(files, "presidents.csv")).isEqualTo(
				this.jdbc
					.sql("""
							select count(*) from assembly_president x where %s
							and (x.from_session_id is null or public_session(x.from_session_id))"""
						.formatted(Visibility.of("x", false)))
					.query(Integer.class)
					.single());
		assertThat(rows(files, "resolutions.csv") * rows(files, "candidacies.csv") * rows(files, "round_votes.csv")
				* rows(files, "programme_budgets.csv") * rows(files, "side_events.csv") * rows(files, "decisions.csv"))
			.as("the shipped records fill the main files")
			.isPositive();
	}

	@Test
	void keysAndValuesAreWrittenForJoinsAndSpreadsheets() throws Exception {
		Map<String, List<CSVRecord>> files = download();

		CSVRecord budget = row(files, "programme_budgets.csv", "year", "2024");
		assertThat(value(files, "programme_budgets.csv", budget, "approved"))
			.isEqualTo(this.jdbc.sql("select approved from programme_budget where year = 2024")
				.query(java.math.BigDecimal.class)
				.single()
				.toPlainString());
		assertThat(value(files, "programme_budgets.csv", budget, "currency")).isEqualTo("EUR");
		CSVRecord resolution = row(files, "resolutions.csv", "symbol", "ICC-ASP/22/Res.4");
		assertThat(value(files, "resolutions.csv", resolution, "session")).isEqualTo("22");
		assertThat(value(files, "resolutions.csv", resolution, "url"))
			.isEqualTo("http://localhost/resolutions/ICC-ASP/22/Res.4");
		Map<String, Object> adopted = this.jdbc
			.sql("select symbol, adopted_on::text adopted_on from resolution where adopted_on is not null limit 1")
			.query()
			.singleRow();
		assertThat(value(files, "resolutions.csv",
				row(files, "resolutions.csv", "symbol", (String) adopted.get("symbol")), "adopted_on"))
			.isEqualTo(adopted.get("adopted_on"));
		assertThat(column(files, "candidacies.csv", "election")).isSubsetOf(column(files, "elections.csv", "slug"));
		assertThat(column(files, "people.csv", "slug")).containsAll(
				column(files, "candidacies.csv", "person").stream().filter((slug) -> !slug.isEmpty()).toList());
	}

	@Test
	void aFormulaIsNeutralisedAndADraftIsLeftOut() throws Exception {
		String draft = this.jdbc.sql("""
				select r.symbol from resolution r
				where not exists (select 1 from resolution_reference x where x.refers_to_id = r.id)
				  and not exists (select 1 from programme_budget b where b.resolution_id = r.id)
				  and not exists (select 1 from amendment a where a.resolution_id = r.id)
				  and not exists (select 1 from policy p where p.resolution_id = r.id)
				  and not exists (select 1 from decision d where d.resolution_id = r.id)
				  and r.symbol <> 'ICC-ASP/22/Res.4'
				order by r.symbol limit 1""").query(String.class).single();
		assertThat(column(download(), "resolutions.csv", "symbol")).contains(draft);
		this.jdbc.sql("update resolution set published = false where symbol = ?").param(draft).update();
		this.jdbc
			.sql("update resolution set title = '=HYPERLINK(\"http://example.org\",\"x\")'"
					+ " where symbol = 'ICC-ASP/22/Res.4'")
			.update();
		this.entityManager.clear();

		Map<String, List<CSVRecord>> files = download();

		assertThat(column(files, "resolutions.csv", "symbol")).doesNotContain(draft);
		assertThat(rows(files, "resolutions.csv")).isEqualTo(apiTotal("/api/v1/resolutions"));
		assertThat(files.values()).allSatisfy((rows) -> assertThat(rows).noneMatch(
				(row) -> row.toList().stream().anyMatch((cell) -> Arrays.asList(cell.split("; ")).contains(draft))));
		assertThat(
				value(files, "resolutions.csv", row(files, "resolutions.csv", "symbol", "ICC-ASP/22/Res.4"), "title"))
			.isEqualTo("'=HYPERLINK(\"http://example.org\",\"x\")");
	}

	@Test
	void aDraftSessionTakesAllItsRecordsOut() throws Exception {
		assertThat(column(download(), "elections.csv", "session")).contains("22");
		this.jdbc.sql("update assembly_session set published = false where slug = '22'").update();
		this.entityManager.clear();

		Map<String, List<CSVRecord>> files = download();

		assertThat(column(files, "sessions.csv", "slug")).doesNotContain("22");
		for (DataFile<?> file : DataFiles.ALL) {
			if (file.header().contains("session")) {
				assertThat(column(files, file.getFileName(), "session")).as(file.getFileName()).doesNotContain("22");
			}
		}
	}

	@Test
	void eachFileIsDatedByTheNewestChangeThePublicCanSee() throws Exception {
		Instant newest = Instant.parse("2031-03-04T10:20:30Z");
		this.jdbc.sql("update resolution set updated_at = ? where symbol = 'ICC-ASP/22/Res.4'")
			.param(Timestamp.from(newest))
			.update();
		this.jdbc.sql("""
				update resolution set published = false, updated_at = ?
				where symbol = (select min(symbol) from resolution where symbol <> 'ICC-ASP/22/Res.4')""")
			.param(Timestamp.from(newest.plus(365, ChronoUnit.DAYS)))
			.update();

		Map<String, Instant> dates = new LinkedHashMap<>();
		try (ZipInputStream zip = archive()) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				dates.put(entry.getName(), entry.getLastModifiedTime().toInstant());
			}
		}

		assertThat(dates).hasSize(DataFiles.ALL.size()).allSatisfy((file, date) -> assertThat(date).isEqualTo(newest));
	}

	private Map<String, List<CSVRecord>> download() throws Exception {
		Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
		try (ZipInputStream zip = archive()) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				files.put(entry.getName(), CSVFormat.RFC4180.parse(new StringReader(text)).getRecords());
			}
		}
		return files;
	}

	private ZipInputStream archive() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/open-data/asp-records-csv.zip").exchange();
		assertThat(result).hasStatusOk()
			.hasHeader("Content-Type", "application/zip")
			.hasHeader("Content-Disposition", "attachment; filename=\"asp-records-csv.zip\"");
		return new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()),
				StandardCharsets.UTF_8);
	}

	private static int rows(Map<String, List<CSVRecord>> files, String file) {
		return files.get(file).size() - 1;
	}

	private static List<String> column(Map<String, List<CSVRecord>> files, String file, String name) {
		int index = files.get(file).get(0).toList().indexOf(name);
		assertThat(index).as(file + " has " + name).isNotNegative();
		return files.get(file).stream().skip(1).map((row) -> row.get(index)).toList();
	}

	private static CSVRecord row(Map<String, List<CSVRecord>> files, String file, String column, String value) {
		int index = files.get(file).get(0).toList().indexOf(column);
		return files.get(file)
			.stream()
			.skip(1)
			.filter((row) -> row.get(index).equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + value + " in " + file));
	}

	private static String value(Map<String, List<CSVRecord>> files, String file, CSVRecord row, String column) {
		return row.get(files.get(file).get(0).toList().indexOf(column));
	}

	private int count(String from) {
		return this.jdbc.sql("select count(*) from " + from + " where " + SHOWN).query(Integer.class).single();
	}

	private int apiTotal(String uri) throws Exception {
		return JsonPath.read(api(uri), "$.page.totalElements");
	}

	private String api(String uri) throws Exception {
		return this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange().getResponse().getContentAsString();
	}

}
