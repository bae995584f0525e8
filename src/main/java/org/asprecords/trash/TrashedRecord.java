package org.asprecords.trash;

import java.time.Instant;

import org.asprecords.kind.RecordKind;

/**
 * A line of the trash.
 */
public record TrashedRecord(RecordKind kind, long id, String label, Instant deletedAt) {

}
