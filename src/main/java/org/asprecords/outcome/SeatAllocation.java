package org.asprecords.outcome;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.asprecords.state.RegionalGroup;

@Embeddable
public class SeatAllocation {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegionalGroup regionalGroup;

	@Column(nullable = false)
	private int seats;

	private Integer change;

	protected SeatAllocation() {
	}

	public SeatAllocation(RegionalGroup regionalGroup, int seats, Integer change) {
		this.regionalGroup = regionalGroup;
		this.seats = seats;
		this.change = change;
	}

	public RegionalGroup getRegionalGroup() {
		return this.regionalGroup;
	}

	public int getSeats() {
		return this.seats;
	}

	public Integer getChange() {
		return this.change;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SeatAllocation that && this.regionalGroup == that.regionalGroup
				&& this.seats == that.seats && Objects.equals(this.change, that.change);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.regionalGroup, this.seats, this.change);
	}

}
