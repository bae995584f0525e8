package org.asprecords.history;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

import org.springframework.util.ReflectionUtils;

/**
 * Reads at once, one query a kind, the records a revision of a record refers to: its
 * session, and the person and States of each of its rows (a candidacy, a speaker). Envers
 * would otherwise read each on its own when the revision page names it, a query per row.
 * What a reader has read it keeps for the revision it was read at, so the revision's
 * references then resolve without a query.
 */
final class RelatedRecords {

	private RelatedRecords() {
	}

	/**
	 * @param reader the reader that read the record, and that will read what it names
	 * @param record the record at that revision
	 */
	static void readAt(AuditReader reader, Object record, Number revision) {
		Map<Class<?>, Set<Object>> ids = new HashMap<>();
		for (Object value : values(record)) {
			if (value instanceof Collection<?> rows) {
				rows.forEach((row) -> {
					if (!collect(row, ids) && FieldText.isRow(row)) {
						values(row).forEach((cell) -> collect(cell, ids));
					}
				});
			}
			else {
				collect(value, ids);
			}
		}
		ids.forEach((type, keys) -> reader.createQuery()
			.forEntitiesAtRevision(type, revision)
			.add(AuditEntity.id().in(keys))
			.getResultList());
	}

	/**
	 * Notes the id of a reference not read yet (Envers gives each a proxy).
	 * @return whether the value is a reference
	 */
	private static boolean collect(Object value, Map<Class<?>, Set<Object>> ids) {
		if (!(value instanceof HibernateProxy proxy)) {
			return false;
		}
		if (!Hibernate.isInitialized(proxy)) {
			LazyInitializer reference = proxy.getHibernateLazyInitializer();
			ids.computeIfAbsent(reference.getPersistentClass(), (type) -> new HashSet<>())
				.add(reference.getIdentifier());
		}
		return true;
	}

	private static Collection<Object> values(Object record) {
		Collection<Object> values = new ArrayList<>();
		for (Field field : RevisionView.fieldsOf(record.getClass())) {
			ReflectionUtils.makeAccessible(field);
			values.add(ReflectionUtils.getField(field, record));
		}
		return values;
	}

}
