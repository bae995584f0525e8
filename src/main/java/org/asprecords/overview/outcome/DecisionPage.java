package org.asprecords.overview.outcome;

import java.util.Comparator;
import java.util.List;

import org.asprecords.outcome.Decision;
import org.asprecords.outcome.SeatAllocation;

/**
 * What a decision's page shows: the decision, and its seat allocations in the usual order
 * of the regional groups.
 *
 * @param decision the decision, with its session and resolution
 * @param allocations its seats per regional group
 */
public record DecisionPage(Decision decision, List<SeatAllocation> allocations) {

	static DecisionPage of(Decision decision) {
		return new DecisionPage(decision,
				decision.getAllocations()
					.stream()
					.sorted(Comparator.comparing(SeatAllocation::getRegionalGroup))
					.toList());
	}

	/**
	 * The seats of all groups together, or {@code null} when no allocation is recorded.
	 */
	public Integer totalSeats() {
		return this.allocations.isEmpty() ? null : this.allocations.stream().mapToInt(SeatAllocation::getSeats).sum();
	}

	/**
	 * The change in the number of seats, where both numbers are recorded.
	 */
	public Integer seatChange() {
		Integer before = this.decision.getSeatsBefore();
		Integer after = this.decision.getSeatsAfter();
		return (before != null && after != null) ? after - before : null;
	}

}
