package org.asprecords.outcome;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * One line of a decision's seat allocation in its form: the seats of one regional group
 * (the line's place in the form says which), and their change; a line left blank gives
 * the group no allocation.
 */
public class AllocationRow {

	@Min(0)
	@Max(10000)
	private Integer seats;

	@Min(-10000)
	@Max(10000)
	private Integer change;

	AllocationRow() {
	}

	AllocationRow(Integer seats, Integer change) {
		this.seats = seats;
		this.change = change;
	}

	boolean isBlank() {
		return this.seats == null && this.change == null;
	}

	public Integer getSeats() {
		return this.seats;
	}

	public void setSeats(Integer seats) {
		this.seats = seats;
	}

	public Integer getChange() {
		return this.change;
	}

	public void setChange(Integer change) {
		this.change = change;
	}

}
