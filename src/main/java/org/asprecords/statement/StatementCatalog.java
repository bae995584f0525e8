package org.asprecords.statement;

import java.util.Comparator;
import java.util.List;

import org.asprecords.web.NotFoundException;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads statements for the public pages, each in a fixed number of queries: a page of the
 * list in three (the page, its count, then the speakers and organizations of the page's
 * statements) plus four for the filters' values; one statement in three (the statement
 * with its speakers and organizations, the States on whose behalf it was delivered, the
 * countries it concerns).
 */
@Service
@Transactional(readOnly = true)
class StatementCatalog {

	private final StatementRepository statements;

	StatementCatalog(StatementRepository statements) {
		this.statements = statements;
	}

	/**
	 * A page of the statements the filter selects. The count is always queried, so that
	 * every page costs the same.
	 */
	Page<Statement> find(StatementFilter filter, Pageable pageable) {
		List<Statement> statements = this.statements.findFiltered(filter.session(), filter.segment(),
				filter.situation(), filter.organization(), pageable);
		long total = this.statements.countFiltered(filter.session(), filter.segment(), filter.situation(),
				filter.organization());
		if (!statements.isEmpty()) {
			this.statements.loadSpeakers(statements);
		}
		return new PageImpl<>(statements, pageable, total);
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
		Hibernate.initialize(statement.getOnBehalfStates());
		Hibernate.initialize(statement.getCountries());
		return statement;
	}

}
