package org.asprecords.statement;

import java.util.Comparator;
import java.util.List;

import org.asprecords.web.NotFoundException;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads statements for the public pages: a page of the list in five queries (count,
 * page, then speakers, their persons and organizations for the whole page by batch
 * fetching) plus four for the filters' values; one statement in seven.
 */
@Service
@Transactional(readOnly = true)
class StatementCatalog {

	private final StatementRepository statements;

	StatementCatalog(StatementRepository statements) {
		this.statements = statements;
	}

	Page<Statement> find(StatementFilter filter, Pageable pageable) {
		Page<Statement> page = this.statements.findFiltered(filter.session(), filter.segment(), filter.situation(),
				filter.organization(), pageable);
		page.forEach(StatementCatalog::loadSpeakers);
		return page;
	}

	StatementFilterOptions filterOptions() {
		List<Segment> segments = this.statements.findSegmentsInUse()
			.stream()
			.sorted(Comparator.naturalOrder())
			.toList();
		return new StatementFilterOptions(this.statements.findSessionsWithStatements(),
				this.statements.findOrganizationsWithStatements(), this.statements.findSituations(), segments);
	}

	/**
	 * One statement with everything its page shows.
	 * @throws NotFoundException if the session or the statement is unknown
	 */
	Statement statement(String sessionSlug, String slug) {
		Statement statement = this.statements.findPage(sessionSlug, slug)
			.orElseThrow(() -> new NotFoundException("statement"));
		loadSpeakers(statement);
		Hibernate.initialize(statement.getOnBehalfStates());
		Hibernate.initialize(statement.getCountries());
		return statement;
	}

	/**
	 * Loads what {@link StatementNames} needs; batch fetching loads the same for the
	 * other statements of the persistence context in the same queries.
	 */
	private static void loadSpeakers(Statement statement) {
		statement.getSpeakers().forEach((speaker) -> Hibernate.initialize(speaker.getPerson()));
		Hibernate.initialize(statement.getOrganizations());
	}

}
