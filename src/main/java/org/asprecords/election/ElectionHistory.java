package org.asprecords.election;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.asprecords.db.RecordHistory;
import org.asprecords.db.Revision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saves of an election, newest first: those of the election's own fields, and those
 * that changed only its candidates or rounds (shown as changes of the election).
 */
@Service
@Transactional(readOnly = true)
public class ElectionHistory {

	private final RecordHistory history;

	private final EntityManager entityManager;

	ElectionHistory(RecordHistory history, EntityManager entityManager) {
		this.history = history;
		this.entityManager = entityManager;
	}

	public List<RecordHistory.Entry> of(long id) {
		Map<Long, RecordHistory.Entry> entries = new TreeMap<>(Comparator.reverseOrder());
		Stream.of(Candidacy.class, ElectionRound.class)
			.flatMap((part) -> revisionsOfParts(part, id).stream())
			.forEach((revision) -> entries.put(revision.getId(),
					new RecordHistory.Entry(revision.getId(), revision.getSavedAt(), revision.getUsername(), "MOD")));
		this.history.of(Election.class, id).forEach((entry) -> entries.put(entry.revision(), entry));
		return List.copyOf(entries.values());
	}

	private List<Revision> revisionsOfParts(Class<?> part, long electionId) {
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(part, false, true)
			.add(AuditEntity.relatedId("election").eq(electionId))
			.getResultList();
		return rows.stream().map((row) -> (Revision) ((Object[]) row)[1]).toList();
	}

}
