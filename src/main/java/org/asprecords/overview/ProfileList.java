package org.asprecords.overview;

import java.util.Locale;

/**
 * One list of a profile's page (a State's candidacies, a person's statements): the page
 * shows its first records ({@link ProfileLists#SHOWN}) and links to all of them, page by
 * page, under the profile's address ({@code /states/finland/candidacies}). Implemented by
 * an enum per kind of profile, in the order of its page.
 */
public interface ProfileList {

	/**
	 * The list's path below the profile's address, the name of its fragment in the
	 * profile's {@code parts} template and the end of its message keys: its constant's
	 * name in lower case, words joined by hyphens ({@code SIDE_EVENTS},
	 * {@code side-events}).
	 */
	default String getPath() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The enum constant's name, which the path is made of. */
	String name();

	/**
	 * How many records the list holds for the profile whose id is {@code :id}: a JPQL
	 * count over the same joins as the query that reads the list, so that both see the
	 * same records (each entity's restriction to what the public sees applies to both).
	 * Both name the record by its key, {@code fk(c.state) = :id}: {@code c.state.id}
	 * makes Hibernate join the State's table to apply the State's restriction, and a
	 * State's candidacies written so ({@code c.state.id = :id or c.nationality.id = :id})
	 * read every candidacy of every election (55 ms at 100 times the shipped records).
	 */
	String count();

}
