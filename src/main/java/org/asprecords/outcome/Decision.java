package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.Visibility;
import org.asprecords.state.RegionalGroup;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

import org.springframework.context.support.DefaultMessageSourceResolvable;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "decision")
public class Decision extends AdoptedOutcome {

	@Enumerated(EnumType.STRING)
	private DecisionKind kind;

	private String title;

	private String summary;

	private Integer seatsBefore;

	private Integer seatsAfter;

	private LocalDate effectiveOn;

	@ElementCollection
	@OrderColumn(name = "position")
	@CollectionTable(name = "seat_allocation", joinColumns = @JoinColumn(name = "decision_id"))
	private List<SeatAllocation> allocations = new ArrayList<>();

	public DecisionKind getKind() {
		return this.kind;
	}

	public void setKind(DecisionKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	/**
	 * Gives the decision the seats of a body before and after it, and their allocation
	 * among the regional groups: each group once, adding up to the seats after when both
	 * are recorded. The forms and the session file import both record them so.
	 * @throws FieldRejectedException on {@code allocations} when a group comes twice or
	 * the seats do not add up
	 */
	public void seats(Integer seatsBefore, Integer seatsAfter, List<SeatAllocation> allocations) {
		Set<RegionalGroup> groups = EnumSet.noneOf(RegionalGroup.class);
		for (SeatAllocation allocation : allocations) {
			if (!groups.add(allocation.getRegionalGroup())) {
				throw new FieldRejectedException("allocations", "admin.decisions.allocations.group-twice",
						new DefaultMessageSourceResolvable("regionalGroup." + allocation.getRegionalGroup()));
			}
		}
		int total = allocations.stream().mapToInt(SeatAllocation::getSeats).sum();
		if (seatsAfter != null && !allocations.isEmpty() && total != seatsAfter) {
			throw new FieldRejectedException("allocations", "admin.decisions.allocations.total", total, seatsAfter);
		}
		this.seatsBefore = seatsBefore;
		this.seatsAfter = seatsAfter;
		if (!allocations.equals(this.allocations)) {
			this.allocations = new ArrayList<>(allocations);
		}
	}

	public Integer getSeatsBefore() {
		return this.seatsBefore;
	}

	public Integer getSeatsAfter() {
		return this.seatsAfter;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public List<SeatAllocation> getAllocations() {
		return this.allocations;
	}

}
