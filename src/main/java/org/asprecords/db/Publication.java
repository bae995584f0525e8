package org.asprecords.db;

import java.util.List;

import jakarta.persistence.Table;
import org.hibernate.Hibernate;

import org.asprecords.web.form.FieldRejectedException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Keeps what the public sees whole: a published record never refers to a record the
 * public does not see, since its page, its JSON, its CSV rows and its citation would name
 * a draft and link to a page that is not there (Hibernate's filters hide drafts from
 * queries and collections, not from a record's own references). So a record cannot be
 * published while it refers to a draft or a trashed record, and cannot become a draft
 * while published records refer to it. Editors call {@link #check} after writing a
 * record, inside their transaction, so that a refusal saves nothing.
 */
@Component
public class Publication {

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
		String table = Hibernate.getClass(record).getAnnotation(Table.class).name();
		if (record.isPublished()) {
			refuseIfAny(this.references.hiddenFrom(table, record.getId()), "record.published.refers-to-hidden");
		}
		else if (wasPublished) {
			refuseIfAny(this.references.shownTo(table, record.getId()), "record.published.referred-to");
		}
	}

	private static void refuseIfAny(List<References.Count> counts, String messageKey) {
		if (!counts.isEmpty()) {
			References.Count first = counts.get(0);
			throw new FieldRejectedException("published", messageKey, new DefaultMessageSourceResolvable(
					new String[] { "trash.count" },
					new Object[] { new DefaultMessageSourceResolvable("trash.table." + first.table()), first.rows() }));
		}
	}

}
