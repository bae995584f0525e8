package org.asprecords.overview.person;

import java.util.List;

import org.asprecords.election.Candidacy;
import org.asprecords.person.Person;
import org.asprecords.session.AssemblyPresident;

/**
 * Everything a person's page shows.
 *
 * @param person the person, with their nationality
 * @param presidencies their terms as President of the Assembly
 * @param candidacies their candidacies in elections
 * @param statements the statements they spoke in
 */
public record PersonProfile(Person person, List<AssemblyPresident> presidencies, List<Candidacy> candidacies,
		List<SpokenStatement> statements) {

}
