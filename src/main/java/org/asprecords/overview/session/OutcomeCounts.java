package org.asprecords.overview.session;

/**
 * How many outcomes of each kind a session has, as the public sees them.
 */
public record OutcomeCounts(long resolutions, long elections, long budgets, long statements, long sideEvents,
		long amendments, long policies, long decisions, long accessions) {

}
