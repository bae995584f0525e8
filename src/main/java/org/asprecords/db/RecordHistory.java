package org.asprecords.db;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of a record, newest first: when it was saved, by whom, and whether it was
 * created, changed, published or unpublished, moved to the trash or back, or deleted.
 */
@Service
@Transactional(readOnly = true)
public class RecordHistory {

	private final EntityManager entityManager;

	RecordHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public List<Entry> of(Class<? extends RecordEntity> type, long id) {
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().desc())
			.getResultList();
		List<Object[]> revisions = rows.stream().map((row) -> (Object[]) row).toList();
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < revisions.size(); i++) {
			Object[] older = (i + 1 < revisions.size()) ? revisions.get(i + 1) : null;
			entries.add(Entry.of(revisions.get(i), older));
		}
		return entries;
	}

	/**
	 * @param revision the revision's number
	 * @param savedAt when it was saved
	 * @param username who saved it ({@code system} for the shipped records)
	 * @param kind {@code ADD}, {@code MOD} or {@code DEL}, or for a change of state only
	 * {@code TRASH}, {@code RESTORE}, {@code PUBLISH} or {@code UNPUBLISH}
	 */
	public record Entry(long revision, Instant savedAt, String username, String kind) {

		static Entry of(Object[] row, Object[] older) {
			Revision revision = (Revision) row[1];
			String kind = ((RevisionType) row[2]).name();
			if (older != null && row[2] == RevisionType.MOD) {
				kind = stateChange((RecordEntity) older[0], (RecordEntity) row[0], kind);
			}
			return new Entry(revision.getId(), revision.getSavedAt(), revision.getUsername(), kind);
		}

		private static String stateChange(RecordEntity before, RecordEntity after, String otherwise) {
			if (before.isInTrash() != after.isInTrash()) {
				return after.isInTrash() ? "TRASH" : "RESTORE";
			}
			if (before.isPublished() != after.isPublished()) {
				return after.isPublished() ? "PUBLISH" : "UNPUBLISH";
			}
			return otherwise;
		}

	}

}
