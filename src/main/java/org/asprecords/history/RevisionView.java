package org.asprecords.history;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordHistory;
import org.asprecords.election.ElectionHistory;
import org.asprecords.kind.RecordKind;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * One revision of a record beside the one before it, field by field, read from the
 * revisions Envers keeps (a deleted record's last state included).
 */
@Service
@Transactional(readOnly = true)
public class RevisionView {

	private final EntityManager entityManager;

	private final RecordHistory history;

	private final ElectionHistory elections;

	RevisionView(EntityManager entityManager, RecordHistory history, ElectionHistory elections) {
		this.entityManager = entityManager;
		this.history = history;
		this.elections = elections;
	}

	public RevisionPage of(RecordKind kind, long id, long revision) {
		// An election's history includes the saves that changed only its candidates or
		// rounds.
		List<RecordHistory.Entry> entries = (kind == RecordKind.ELECTION) ? this.elections.of(id)
				: this.history.of(kind.type(), id);
		int index = indexOf(entries, revision);
		RecordHistory.Entry previous = (index + 1 < entries.size()) ? entries.get(index + 1) : null;
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		Object now = snapshot(reader, kind, id, revision);
		Object before = (previous != null) ? snapshot(reader, kind, id, previous.revision()) : null;
		this.elections.readVotesAt(now, revision);
		if (before != null) {
			this.elections.readVotesAt(before, previous.revision());
		}
		List<RevisionPage.Row> rows = new ArrayList<>();
		for (Field field : fieldsOf(kind.type())) {
			String after = FieldText.of(value(field, now));
			String earlier = (before != null) ? FieldText.of(value(field, before)) : null;
			rows.add(new RevisionPage.Row(field.getName(), earlier, after,
					before != null && !Objects.equals(earlier, after)));
		}
		return new RevisionPage(kind, id, FieldText.of(now), entries.get(index), previous,
				(index > 0) ? entries.get(index - 1) : null, rows);
	}

	private static int indexOf(List<RecordHistory.Entry> entries, long revision) {
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).revision() == revision) {
				return i;
			}
		}
		throw new NotFoundException("revision");
	}

	/**
	 * The record as it was at that revision (a deleted record as it was deleted), with
	 * the records it refers to read at that revision too.
	 */
	private static Object snapshot(AuditReader reader, RecordKind kind, long id, long revision) {
		Object record = reader.find(kind.type(), id, revision);
		if (record == null) {
			record = reader.createQuery()
				.forRevisionsOfEntity(kind.type(), true, true)
				.add(AuditEntity.id().eq(id))
				.add(AuditEntity.revisionNumber().eq(revision))
				.getSingleResult();
		}
		RelatedRecords.readAt(reader, record, revision);
		return record;
	}

	/**
	 * The fields of a record, its own first, then those its kind shares (slug, name),
	 * then those every record has (sources, published, trash).
	 */
	static List<Field> fieldsOf(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> level = type; level != Object.class; level = level.getSuperclass()) {
			for (Field field : level.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !FieldText.BOOKKEEPING.contains(field.getName())) {
					fields.add(field);
				}
			}
		}
		return fields;
	}

	private static Object value(Field field, Object record) {
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, record);
	}

}
