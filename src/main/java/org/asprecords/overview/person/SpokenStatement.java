package org.asprecords.overview.person;

import org.asprecords.person.Person;
import org.asprecords.statement.Statement;

/**
 * A statement a person spoke in, and the role the source gives them in it.
 *
 * @param statement the statement, with all its speakers
 * @param role the person's role, or {@code null} where the source gives none
 */
public record SpokenStatement(Statement statement, String role) {

	static SpokenStatement of(Statement statement, Person person) {
		String role = statement.getSpeakers()
			.stream()
			.filter((speaker) -> speaker.getPerson().getId().equals(person.getId()))
			.map((speaker) -> speaker.getRole())
			.filter((value) -> value != null)
			.findFirst()
			.orElse(null);
		return new SpokenStatement(statement, role);
	}

}
