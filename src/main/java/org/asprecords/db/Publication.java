package org.asprecords.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Table;
import org.hibernate.Hibernate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Keeps what the public sees whole: a published record never refers to a record the
 * public does not see, since its page, its JSON, its CSV rows and its citation would name
 * a draft and link to a page that is not there (the restrictions of {@link Visibility}
 * hide drafts from queries and collections, not from a record's own references). So a
 * record cannot be published while it refers to a draft or a trashed record, and cannot
 * become a draft while published records refer to it. Editors call {@link #check} after
 * writing a record, inside their transaction, so that a refusal saves nothing.
 */
@Component
public class Publication {

	/** How many records {@link #firstRefused} asks about in one query. */
	private static final int GROUP = 1000;

	private final References references;

	Publication(References references) {
		this.references = references;
	}

	/**
	 * @param record the record just written (and flushed)
	 * @param wasPublished whether it was published before this save (false for a new
	 * record)
	 * @throws FieldRejectedException on the {@code published} field, naming what is in
	 * the way
	 */
	public void check(RecordEntity record, boolean wasPublished) {
		String table = table(record);
		if (record.isPublished()) {
			refuseIfAny(this.references.hiddenFrom(table, record.getId()), "record.published.refers-to-hidden");
		}
		else if (wasPublished) {
			refuseIfAny(this.references.shownTo(table, record.getId()), "record.published.referred-to");
		}
	}

	/**
	 * Checks records written together (a session file's import) as {@link #check} checks
	 * each one: the published ones are first asked about a thousand at a time, and only
	 * those of a group that refers to some hidden record are checked one by one.
	 * @param records the records just written (and flushed), with whether each was
	 * published before
	 * @return the first record refused and why, if any
	 */
	public Optional<Refusal> firstRefused(Map<RecordEntity, Boolean> records) {
		Map<String, List<RecordEntity>> published = new LinkedHashMap<>();
		records.keySet()
			.stream()
			.filter(RecordEntity::isPublished)
			.forEach((record) -> published.computeIfAbsent(table(record), (table) -> new ArrayList<>()).add(record));
		Set<RecordEntity> clear = Collections.newSetFromMap(new IdentityHashMap<>());
		published.forEach((table, group) -> {
			for (int from = 0; from < group.size(); from += GROUP) {
				List<RecordEntity> chunk = group.subList(from, Math.min(from + GROUP, group.size()));
				if (this.references.hiddenFrom(table, chunk.stream().map(RecordEntity::getId).toList()).isEmpty()) {
					clear.addAll(chunk);
				}
			}
		});
		for (Map.Entry<RecordEntity, Boolean> record : records.entrySet()) {
			if (!clear.contains(record.getKey())) {
				try {
					check(record.getKey(), record.getValue());
				}
				catch (FieldRejectedException ex) {
					return Optional.of(new Refusal(record.getKey(), ex));
				}
			}
		}
		return Optional.empty();
	}

	private static String table(RecordEntity record) {
		return Hibernate.getClass(record).getAnnotation(Table.class).name();
	}

	private static void refuseIfAny(List<References.Count> counts, String messageKey) {
		if (!counts.isEmpty()) {
			References.Count first = counts.get(0);
			throw new FieldRejectedException("published", messageKey, new DefaultMessageSourceResolvable(
					new String[] { "trash.count" },
					new Object[] { new DefaultMessageSourceResolvable("trash.table." + first.table()), first.rows() }));
		}
	}

	/**
	 * A record {@link #firstRefused} refuses, with the field error {@link #check} gives.
	 */
	public record Refusal(RecordEntity record, FieldRejectedException reason) {
	}

}
