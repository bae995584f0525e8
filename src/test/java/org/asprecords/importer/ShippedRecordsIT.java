package org.asprecords.importer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@Transactional
class ShippedRecordsIT {

	private static final String RES_5_TITLE = "select title from resolution where symbol = 'ICC-ASP/22/Res.5'";

	@Autowired
	ShippedRecords shipped;

	@Autowired
	RecordImporter importer;

	@Autowired
	DocumentReader reader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theShippedRecordsAreLoadedAtStartup() {
		assertThat(count("assembly_session")).isEqualTo(37);
		assertThat(count("resolution")).isEqualTo(50);
		assertThat(count("programme_budget")).isEqualTo(20);
		assertThat(count("record_import")).isEqualTo(38);
	}

	@Test
	void thePlannerHasStatisticsOfEveryTableOnceTheRecordsAreLoaded() {
		// autovacuum would not gather them for tables of a few dozen rows
		assertThat(this.jdbc.sql("""
				select relname from pg_class
				where relnamespace = current_schema()::regnamespace and relkind = 'r' and reltuples < 0""")
			.query(String.class)
			.list()).isEmpty();
		assertThat(
				this.jdbc.sql("select count(*) from pg_stats where tablename = 'election' and attname = 'session_id'")
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void unchangedDocumentsAreNotReadAgain() throws Exception {
		assertThat(this.shipped.load()).isNull();
	}

	@Test
	void loadingAgainCreatesNothingAndNeverOverwritesAnEditedRecord() throws Exception {
		this.jdbc.sql("update resolution set title = 'Edited by the secretariat' where symbol = 'ICC-ASP/22/Res.5'")
			.update();
		this.jdbc.sql("delete from record_import").update();
		long resolutions = count("resolution");

		ImportReport report = this.shipped.load();

		assertThat(report.createdTotal()).isZero();
		assertThat(report.keptTotal()).isEqualTo(481);
		assertThat(count("resolution")).isEqualTo(resolutions);
		assertThat(this.jdbc.sql(RES_5_TITLE).query(String.class).single()).isEqualTo("Edited by the secretariat");
	}

	@Test
	void aRecordMissingFromTheDatabaseIsCreatedAgain() throws Exception {
		this.jdbc.sql("delete from accession where state_id = (select id from state where slug = 'armenia')").update();
		this.jdbc.sql("delete from record_import").update();

		ImportReport report = this.shipped.load();

		assertThat(report.created()).containsEntry("accessions", 1).hasSize(1);
		assertThat(count("accession")).isEqualTo(3);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aDocumentReferringToAMissingRecordIsRefusedAndNothingOfItIsStored() {
		SessionDocument document = read("""
				{"format": "asp-records/1",
				 "states": [{"slug": "atlantis", "name": "Atlantis"}],
				 "people": [{"slug": "nobody", "name": "Nobody", "nationality": "lemuria"}]}""");

		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.importer.importDocuments(List.of(document)))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.path()).isEqualTo("people[0].nationality");
				assertThat(problem.reason().getCodes()).containsExactly("admin.session-file.problem.no-state");
				assertThat(problem.reason().getArguments()).containsExactly("lemuria");
			}));
		assertThat(this.jdbc.sql("select count(*) from state where slug = 'atlantis'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anUnknownFieldOrFormatIsAnErrorNotSilentlyDropped() {
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> read("{\"format\": \"asp-records/1\", \"sesion\": {}}"))
			.withMessageContaining("sesion");
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> read("{\"format\": \"something-else\"}"))
			.withMessageContaining("asp-records/1");
	}

	@Test
	void aSymbolThatIsNotCanonicalIsRefused() {
		SessionDocument document = read("""
				{"format": "asp-records/1",
				 "session": {"slug": "22", "kind": "REGULAR", "number": 22},
				 "resolutions": [{"symbol": "asp 22 res 99", "sources": ["https://example.org"]}]}""");
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.importer.importDocuments(List.of(document)))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.path()).isEqualTo("resolutions[0].symbol");
				assertThat(problem.reason().getCodes()).containsExactly("admin.session-file.problem.symbol");
			}));
	}

	private SessionDocument read(String json) {
		return this.reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
