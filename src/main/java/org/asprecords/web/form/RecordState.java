package org.asprecords.web.form;

import java.time.Instant;

import org.asprecords.db.RecordEntity;

/**
 * A saved record's state as its edit page shows it, below the form: whether the public
 * sees it, since when it is in the trash, and the version that moving it to the trash
 * sends back.
 *
 * @param id the record's id
 * @param version its optimistic-locking version
 * @param published whether it is published (else a draft)
 * @param deletedAt when it was moved to the trash, or null
 */
public record RecordState(long id, int version, boolean published, Instant deletedAt) {

	static RecordState of(RecordEntity record) {
		return new RecordState(record.getId(), record.getVersion(), record.isPublished(), record.getDeletedAt());
	}

	public boolean isInTrash() {
		return this.deletedAt != null;
	}

}
