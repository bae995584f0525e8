package org.asprecords.overview.session;

import java.util.ArrayList;
import java.util.List;

/**
 * How many outcomes of each kind a session has, as the public sees them.
 */
public record OutcomeCounts(long resolutions, long elections, long budgets, long statements, long sideEvents,
		long amendments, long policies, long decisions, long accessions) {

	/** The counts in the order of {@code SessionCatalog.COUNTED}. */
	static OutcomeCounts of(List<Long> counted) {
		return new OutcomeCounts(counted.get(0), counted.get(1), counted.get(2), counted.get(3), counted.get(4),
				counted.get(5), counted.get(6), counted.get(7), counted.get(8));
	}

	/**
	 * The kinds the session holds any of, with how many, in the order of its page:
	 * message keys {@code sessions.holds.<kind>}.
	 */
	public List<Held> held() {
		List<Held> held = new ArrayList<>();
		long[] counts = { this.resolutions, this.elections, this.budgets, this.statements, this.sideEvents,
				this.amendments, this.policies, this.decisions, this.accessions };
		String[] kinds = { "resolutions", "elections", "budgets", "statements", "side-events", "amendments", "policies",
				"decisions", "accessions" };
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				held.add(new Held(kinds[i], counts[i]));
			}
		}
		return held;
	}

	/**
	 * @param kind the kind, as its message key names it
	 * @param count how many the session holds
	 */
	public record Held(String kind, long count) {
	}

}
