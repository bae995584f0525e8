package org.asprecords.overview.person;

import java.util.List;

import org.asprecords.db.NotFoundException;
import org.asprecords.election.ElectionCatalog;
import org.asprecords.overview.Profile;
import org.asprecords.overview.ProfileLists;
import org.asprecords.overview.ProfileRecords;
import org.asprecords.person.People;
import org.asprecords.person.Person;
import org.asprecords.session.PresidentRoll;
import org.asprecords.statement.StatementCatalog;
import org.asprecords.statement.StatementRelation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people for the public pages: a page of the list in two queries; one person's page
 * in two (the person, how many records each of their lists holds, kept until a save) and
 * one for each of their lists that holds any, bounded by what the page shows
 * ({@link ProfileLists}).
 */
@Service
@Transactional(readOnly = true)
class PersonDirectory {

	private final People people;

	private final ProfileLists lists;

	private final PresidentRoll presidents;

	private final ElectionCatalog elections;

	private final StatementCatalog statements;

	PersonDirectory(People people, ProfileLists lists, PresidentRoll presidents, ElectionCatalog elections,
			StatementCatalog statements) {
		this.people = people;
		this.lists = lists;
		this.presidents = presidents;
		this.elections = elections;
		this.statements = statements;
	}

	Page<Person> alphabetically(Pageable pageable) {
		return this.people.alphabetically(pageable);
	}

	/**
	 * One person with the first records of each list.
	 * @throws NotFoundException if no person has the slug
	 */
	Profile<Person, PersonList> profile(String slug) {
		Person person = person(slug);
		return this.lists.profile(person, person.getId(), PersonList.class,
				(list, pageable) -> read(person, list, pageable));
	}

	/**
	 * A page of one of a person's lists.
	 * @throws NotFoundException if no person has the slug
	 */
	ProfileRecords<Person, PersonList> records(String slug, PersonList list, Pageable pageable) {
		Person person = person(slug);
		return this.lists.records(person, person.getId(), list, pageable, (kind, page) -> read(person, kind, page));
	}

	private Person person(String slug) {
		return this.people.page(slug).orElseThrow(() -> new NotFoundException("person"));
	}

	private List<?> read(Person person, PersonList list, Pageable pageable) {
		return switch (list) {
			case PRESIDENCIES -> this.presidents.of(person, pageable);
			case CANDIDACIES -> this.elections.candidaciesOf(person, pageable);
			case STATEMENTS -> this.statements.page(StatementRelation.SPOKEN_BY, person.getId(), pageable)
				.stream()
				.map((statement) -> SpokenStatement.of(statement, person))
				.toList();
		};
	}

}
