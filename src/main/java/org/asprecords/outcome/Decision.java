package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.asprecords.db.Visibility;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.SessionRecord;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "decision")
public class Decision extends SessionRecord {

	@ManyToOne(fetch = FetchType.LAZY)
	private Resolution resolution;

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

	public Resolution getResolution() {
		return this.resolution;
	}

	public void setResolution(Resolution resolution) {
		this.resolution = resolution;
	}

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

	public Integer getSeatsBefore() {
		return this.seatsBefore;
	}

	public void setSeatsBefore(Integer seatsBefore) {
		this.seatsBefore = seatsBefore;
	}

	public Integer getSeatsAfter() {
		return this.seatsAfter;
	}

	public void setSeatsAfter(Integer seatsAfter) {
		this.seatsAfter = seatsAfter;
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

	public void setAllocations(List<SeatAllocation> allocations) {
		this.allocations = new ArrayList<>(allocations);
	}

}
