package org.asprecords.overview.person;

import java.util.List;

import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordsCache;
import org.asprecords.election.ElectionRepository;
import org.asprecords.person.Person;
import org.asprecords.person.PersonRepository;
import org.asprecords.session.AssemblyPresident;
import org.asprecords.session.AssemblyPresidentRepository;
import org.asprecords.statement.StatementRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

	private final PersonRepository people;

	private final AssemblyPresidentRepository presidents;

	private final ElectionRepository elections;

	private final StatementRepository statements;

	private final RecordsCache cache;

	PersonDirectory(PersonRepository people, AssemblyPresidentRepository presidents, ElectionRepository elections,
			StatementRepository statements, RecordsCache cache) {
		this.people = people;
		this.presidents = presidents;
		this.elections = elections;
		this.statements = statements;
		this.cache = cache;
	}

	/**
	 * A page of people by name. How many there are is kept until the records change
	 * ({@link RecordsCache}): counting reads every row.
	 */
	Page<Person> alphabetically(Pageable pageable) {
		return new PageImpl<>(this.people.findAlphabetically(pageable), pageable,
				this.cache.get("people-shown", this.people::count));
	}

	/**
	 * One person with their presidencies, candidacies and statements.
	 * @throws NotFoundException if no person has the slug
	 */
	PersonProfile profile(String slug) {
		Person person = this.people.findPage(slug).orElseThrow(() -> new NotFoundException("person"));
		List<AssemblyPresident> presidencies = this.presidents.findOfPerson(person);
		List<SpokenStatement> spoken = this.statements.findSpokenBy(person)
			.stream()
			.map((statement) -> SpokenStatement.of(statement, person))
			.toList();
		return new PersonProfile(person, presidencies, this.elections.findCandidaciesOfPerson(person), spoken);
	}

}
