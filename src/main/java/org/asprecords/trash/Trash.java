package org.asprecords.trash;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.asprecords.db.AllRecords;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordEntity;
import org.asprecords.db.References;
import org.asprecords.kind.RecordKind;
import org.asprecords.web.form.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves records to the trash and back, and empties it. A record in the trash keeps its
 * row, links and revisions: only {@link #empty()} deletes, and Envers keeps the last
 * state of what it deletes.
 */
@Service
@AllRecords
public class Trash {

	private static final String CONTENTS = Arrays.stream(RecordKind.values())
		.map((kind) -> "select '%s' kind, x.id, %s label, x.deleted_at from %s x where x.deleted_at is not null"
			.formatted(kind.name(), kind.label(), kind.table()))
		.collect(Collectors.joining("\nunion all\n", "", "\norder by deleted_at desc, kind, id"));

	private final EntityManager entityManager;

	private final References references;

	private final JdbcClient jdbc;

	Trash(EntityManager entityManager, References references, JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.references = references;
		this.jdbc = jdbc;
	}

	/**
	 * Moves a record to the trash, unless it changed since the editor read it or records
	 * out of the trash refer to it.
	 */
	@Transactional
	public void move(RecordKind kind, long id, int version) {
		RecordEntity record = find(kind, id);
		if (record.getVersion() != version) {
			throw new StaleEditException();
		}
		if (record.isInTrash()) {
			return;
		}
		List<References.Count> referrers = this.references.to(kind.table(), id);
		if (!referrers.isEmpty()) {
			throw new TrashRefusedException(referrers);
		}
		record.setDeletedAt(Instant.now());
		this.entityManager.flush();
	}

	/**
	 * Brings a record back, unless a record it refers to is in the trash.
	 */
	@Transactional
	public void restore(RecordKind kind, long id) {
		RecordEntity record = find(kind, id);
		if (!record.isInTrash()) {
			return;
		}
		List<References.Count> trashed = this.references.trashedFrom(kind.table(), id);
		if (!trashed.isEmpty()) {
			throw new TrashRefusedException(trashed);
		}
		record.setDeletedAt(null);
		this.entityManager.flush();
	}

	@Transactional(readOnly = true)
	public List<TrashedRecord> contents() {
		return this.jdbc.sql(CONTENTS)
			.query((rs, n) -> new TrashedRecord(RecordKind.valueOf(rs.getString("kind")), rs.getLong("id"),
					rs.getString("label"), rs.getObject("deleted_at", Timestamp.class).toInstant()))
			.list();
	}

	/**
	 * Deletes every record in the trash for good, records before what they refer to.
	 * @return how many records were deleted
	 */
	@Transactional
	public int empty() {
		int deleted = 0;
		for (RecordKind kind : RecordKind.values()) {
			List<? extends RecordEntity> trashed = this.entityManager
				.createQuery("select x from " + kind.type().getSimpleName() + " x where x.deletedAt is not null",
						kind.type())
				.getResultList();
			trashed.forEach(this.entityManager::remove);
			deleted += trashed.size();
		}
		this.entityManager.flush();
		return deleted;
	}

	private RecordEntity find(RecordKind kind, long id) {
		RecordEntity record = this.entityManager.find(kind.type(), id);
		if (record == null) {
			throw new NotFoundException("record");
		}
		return record;
	}

}
