package org.asprecords.opendata;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.asprecords.importer.DocumentReader;
import org.asprecords.importer.ImportMode;
import org.asprecords.importer.RecordImporter;
import org.asprecords.importer.SessionDocument;
import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk download is the published record, whole and only it: imported into an empty
 * portal it gives back the same download, and a draft is not in it.
 */
@IntegrationTest
@Transactional
class BulkDownloadIT {

	private static final List<String> TABLES = List.of("round_vote", "election_round", "candidacy", "election",
			"statement_speaker", "statement_organization", "statement_on_behalf_state", "statement_country",
			"statement", "seat_allocation", "decision", "policy", "amendment", "side_event_organizer",
			"side_event_cosponsor", "side_event", "accession", "programme_budget", "resolution_reference", "resolution",
			"assembly_president", "assembly_session", "person", "organization", "state");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DocumentReader reader;

	@Autowired
	RecordImporter importer;

	@Test
	void theDownloadImportedIntoAnEmptyPortalGivesTheSameDownload() throws Exception {
		byte[] before = download();
		JsonNode documents = JsonMapper.builder().build().readTree(before);
		assertThat(documents.size()).isGreaterThan(30);

		for (String table : TABLES) {
			this.jdbc.sql("delete from " + table).update();
		}
		this.entityManager.clear();
		assertThat(this.jdbc.sql("select count(*) from resolution").query(Long.class).single()).isZero();
		List<SessionDocument> parsed = new ArrayList<>();
		for (JsonNode document : documents) {
			parsed.add(this.reader.read(new ByteArrayInputStream(document.toString().getBytes()), "bulk"));
		}
		this.importer.importDocuments(parsed, ImportMode.UPDATE);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(new String(download())).isEqualTo(new String(before));
	}

	@Test
	void aDraftIsNotInTheDownload() throws Exception {
		String symbol = this.jdbc.sql("""
				select r.symbol from resolution r
				where not exists (select 1 from resolution_reference x where x.refers_to_id = r.id)
				  and not exists (select 1 from programme_budget b where b.resolution_id = r.id)
				  and not exists (select 1 from amendment a where a.resolution_id = r.id)
				  and not exists (select 1 from policy p where p.resolution_id = r.id)
				  and not exists (select 1 from decision d where d.resolution_id = r.id)
				order by r.symbol limit 1""").query(String.class).single();
		assertThat(new String(download())).contains("\"" + symbol + "\"");
		this.jdbc.sql("update resolution set published = false where symbol = ?").param(symbol).update();
		this.entityManager.clear();

		assertThat(new String(download())).doesNotContain("\"" + symbol + "\"");
	}

	private byte[] download() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/open-data/asp-records.json").exchange();
		assertThat(result).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"asp-records.json\"");
		return result.getResponse().getContentAsByteArray();
	}

}
