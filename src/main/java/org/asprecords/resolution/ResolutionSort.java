package org.asprecords.resolution;

/**
 * The orders a visitor can list resolutions in; the default is the newest session first.
 * Each is an SQL order over {@code resolution r} joined to {@code assembly_session s},
 * complete (a page never shares a row with the next).
 */
public enum ResolutionSort {

	NEWEST("s.start_date desc nulls last, r.number, r.id"), OLDEST("s.start_date nulls last, r.number, r.id"),
	TITLE("r.title nulls last, r.symbol");

	private final String orderBy;

	ResolutionSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

}
