package org.asprecords.history;

import java.util.List;

import org.asprecords.db.RecordHistory;
import org.asprecords.kind.RecordKind;

/**
 * A revision of a record and what it changed.
 *
 * @param label the record's symbol, name, slug or year at this revision
 * @param previous the revision before, or null for the first
 * @param next the revision after, or null for the latest
 * @param rows every field, with its value before (null for the first revision) and after
 */
public record RevisionPage(RecordKind kind, long id, String label, RecordHistory.Entry revision,
		RecordHistory.Entry previous, RecordHistory.Entry next, List<Row> rows) {

	public long changes() {
		return this.rows.stream().filter(Row::changed).count();
	}

	public record Row(String field, String before, String after, boolean changed) {

	}

}
