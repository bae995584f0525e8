package org.asprecords.db;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of a record, newest first: when it was saved, by whom, and whether it was
 * created, changed or deleted.
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
		return rows.stream().map((row) -> (Object[]) row).map(Entry::of).toList();
	}

	/**
	 * @param revision the revision's number
	 * @param savedAt when it was saved
	 * @param username who saved it ({@code system} for the shipped records)
	 * @param kind {@code ADD}, {@code MOD} or {@code DEL}
	 */
	public record Entry(long revision, Instant savedAt, String username, String kind) {

		static Entry of(Object[] row) {
			Revision revision = (Revision) row[1];
			return new Entry(revision.getId(), revision.getSavedAt(), revision.getUsername(),
					((RevisionType) row[2]).name());
		}

	}

}
