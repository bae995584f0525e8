package org.asprecords.importer;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A session file keeps which records are drafts, so that exporting a session and
 * importing it again changes nothing, drafts included; a published record, as every
 * shipped one is, carries no mark.
 */
@IntegrationTest
@Transactional
class DraftsInSessionFilesIT {

	@Autowired
	SessionExporter exporter;

	@Autowired
	RecordImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	MessageSource messages;

	@Test
	void aDraftResolutionLeavesAndComesBackAsADraft() {
		long session = id("select id from assembly_session where slug = '22'");
		String symbol = this.jdbc.sql("""
				select r.symbol from resolution r join assembly_session s on s.id = r.session_id where s.slug = '22'
				and not exists (select 1 from programme_budget b where b.resolution_id = r.id)
				and not exists (select 1 from amendment a where a.resolution_id = r.id)
				and not exists (select 1 from policy p where p.resolution_id = r.id)
				and not exists (select 1 from decision d where d.resolution_id = r.id)
				and not exists (select 1 from resolution_reference x where x.refers_to_id = r.id)
				order by r.symbol limit 1""").query(String.class).single();
		this.jdbc.sql("update resolution set published = false where symbol = ?").param(symbol).update();
		this.entityManager.clear();

		SessionDocument exported = this.exporter.export(session);

		assertThat(exported.session().draft()).isNull();
		assertThat(exported.resolutions()).filteredOn((entry) -> Boolean.TRUE.equals(entry.draft()))
			.extracting(SessionDocument.ResolutionEntry::symbol)
			.containsExactly(symbol);

		this.jdbc.sql("update resolution set published = true where symbol = ?").param(symbol).update();
		this.entityManager.clear();
		this.importer.importDocuments(List.of(exported), ImportMode.UPDATE);
		this.entityManager.flush();

		assertThat(this.jdbc.sql("select published from resolution where symbol = ?")
			.param(symbol)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(this.jdbc
			.sql("select count(*) from resolution r join assembly_session s on s.id = r.session_id"
					+ " where s.slug = '22' and not r.published")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aFileThatWouldMakeADraftOfAResolutionAPublishedBudgetNamesIsRefused() {
		long session = id("select id from assembly_session where slug = '22'");
		this.jdbc.sql("update resolution set published = false where symbol = 'ICC-ASP/22/Res.4'").update();
		this.entityManager.clear();
		SessionDocument exported = this.exporter.export(session);
		this.jdbc.sql("update resolution set published = true where symbol = 'ICC-ASP/22/Res.4'").update();
		this.entityManager.clear();

		int index = exported.resolutions()
			.stream()
			.map(SessionDocument.ResolutionEntry::symbol)
			.toList()
			.indexOf("ICC-ASP/22/Res.4");
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.importer.importDocuments(List.of(exported), ImportMode.UPDATE))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.path()).isEqualTo("resolutions[" + index + "].draft");
				assertThat(this.messages.getMessage(problem.reason(), Locale.ENGLISH))
					.startsWith("It cannot become a draft")
					.contains("(programme budgets: 1)");
			}));
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
