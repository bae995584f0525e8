package org.asprecords.search;

import java.util.List;

import org.asprecords.db.Snippet;

/**
 * What a site-wide search found, grouped by kind of record, best matches first in each
 * group.
 *
 * @param query the words searched for, as cleaned
 * @param groups one group per kind that has matches, in a fixed order
 */
public record SearchResults(String query, List<Group> groups) {

	public long total() {
		return this.groups.stream().mapToLong(Group::total).sum();
	}

	/**
	 * Whether more records match than {@link #total()} says: some kind has more than
	 * {@link SiteSearch#MOST} matches.
	 */
	public boolean more() {
		return this.groups.stream().anyMatch(Group::more);
	}

	/**
	 * @param kind the kind of record
	 * @param total how many records of that kind match, at most {@link SiteSearch#MOST}
	 * @param more whether even more match (the total is then {@link SiteSearch#MOST})
	 * @param hits the matches shown
	 */
	public record Group(SearchKind kind, long total, boolean more, List<Hit> hits) {

		public String kindName() {
			return this.kind.name();
		}

	}

	/**
	 * @param path the record's page
	 * @param title what the link says
	 * @param context where the record belongs (its session), or {@code null}
	 * @param snippet the passage that matched
	 */
	public record Hit(String path, String title, String context, Snippet snippet) {
	}

}
