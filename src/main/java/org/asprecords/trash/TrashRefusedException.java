package org.asprecords.trash;

import java.util.List;

import org.asprecords.db.References;

/**
 * A record cannot go to the trash while others refer to it, nor come back while a record
 * it refers to is there.
 */
class TrashRefusedException extends RuntimeException {

	private final transient List<References.Count> counts;

	TrashRefusedException(List<References.Count> counts) {
		super("Refused because of " + counts);
		this.counts = List.copyOf(counts);
	}

	List<References.Count> counts() {
		return this.counts;
	}

}
