package org.asprecords.importer;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void aDraftResolutionLeavesAndComesBackAsADraft() {
		long session = this.jdbc.sql("select id from assembly_session where slug = '22'").query(Long.class).single();
		this.jdbc.sql("update resolution set published = false where symbol = 'ICC-ASP/22/Res.4'").update();
		this.entityManager.clear();

		SessionDocument exported = this.exporter.export(session);

		assertThat(exported.session().draft()).isNull();
		assertThat(exported.resolutions()).filteredOn((entry) -> Boolean.TRUE.equals(entry.draft()))
			.extracting(SessionDocument.ResolutionEntry::symbol)
			.containsExactly("ICC-ASP/22/Res.4");

		this.jdbc.sql("update resolution set published = true where symbol = 'ICC-ASP/22/Res.4'").update();
		this.entityManager.clear();
		this.importer.importDocuments(List.of(exported), ImportMode.UPDATE);
		this.entityManager.flush();

		assertThat(this.jdbc.sql("select published from resolution where symbol = 'ICC-ASP/22/Res.4'")
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(this.jdbc
			.sql("select count(*) from resolution r join assembly_session s on s.id = r.session_id"
					+ " where s.slug = '22' and not r.published")
			.query(Long.class)
			.single()).isOne();
	}

}
