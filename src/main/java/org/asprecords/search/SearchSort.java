package org.asprecords.search;

/**
 * The order of a search's matches within each kind: the best first, or by the date of
 * their session (a session's own start), newest or oldest first, the best first within a
 * session. People, States and organizations have no date: they stay in order of
 * relevance.
 */
public enum SearchSort {

	RELEVANCE("m.rank desc, m.path"), NEWEST("m.sort_date desc nulls last, m.rank desc, m.path"),
	OLDEST("m.sort_date nulls last, m.rank desc, m.path");

	private final String order;

	SearchSort(String order) {
		this.order = order;
	}

	/** The order of a kind's matches ({@code m}: path, rank and sort date). */
	String order() {
		return this.order;
	}

	/** The same order on the union of kinds ({@code h}). */
	String unionOrder() {
		return this.order.replace("m.", "h.");
	}

}
