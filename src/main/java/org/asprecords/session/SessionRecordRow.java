package org.asprecords.session;

import java.time.Instant;

import org.asprecords.db.RecordEntity;

/**
 * A line of an admin list of records a session holds: what the record is called, its
 * session (read with it), whether it is a draft, and when it was last saved.
 *
 * @param session the session, or {@code null} when the record names none
 */
public record SessionRecordRow(long id, AssemblySession session, String label, boolean published, Instant updatedAt) {

	/** The list template the kinds a session holds share, showing these rows. */
	public static final String LIST = "admin/session-records/list";

	public static SessionRecordRow of(RecordEntity record, AssemblySession session, String label) {
		return new SessionRecordRow(record.getId(), session, label, record.isPublished(), record.getUpdatedAt());
	}

}
