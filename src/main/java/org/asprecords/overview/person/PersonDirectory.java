package org.asprecords.overview.person;

import java.util.List;

import org.asprecords.db.NotFoundException;
import org.asprecords.election.ElectionCatalog;
import org.asprecords.person.People;
import org.asprecords.person.Person;
import org.asprecords.session.AssemblyPresident;
import org.asprecords.session.PresidentRoll;
import org.asprecords.statement.StatementCatalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people for the public pages: a page of the list in two queries, one person's page
 * in four (the person, the Presidents of the Assembly, candidacies, statements).
 */
@Service
@Transactional(readOnly = true)
class PersonDirectory {

	private final People people;

	private final PresidentRoll presidents;

	private final ElectionCatalog elections;

	private final StatementCatalog statements;

	PersonDirectory(People people, PresidentRoll presidents, ElectionCatalog elections, StatementCatalog statements) {
		this.people = people;
		this.presidents = presidents;
		this.elections = elections;
		this.statements = statements;
	}

	Page<Person> alphabetically(Pageable pageable) {
		return this.people.alphabetically(pageable);
	}

	/**
	 * One person with their presidencies, candidacies and statements.
	 * @throws NotFoundException if no person has the slug
	 */
	PersonProfile profile(String slug) {
		Person person = this.people.page(slug).orElseThrow(() -> new NotFoundException("person"));
		List<AssemblyPresident> presidencies = this.presidents.of(person);
		List<SpokenStatement> spoken = this.statements.spokenBy(person)
			.stream()
			.map((statement) -> SpokenStatement.of(statement, person))
			.toList();
		return new PersonProfile(person, presidencies, this.elections.candidaciesOf(person), spoken);
	}

}
