package org.asprecords.trash;

import java.time.Instant;

/**
 * A line of the trash.
 */
public record TrashedRecord(RecordKind kind, long id, String label, Instant deletedAt) {

}
