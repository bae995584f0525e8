package org.asprecords.statement;

import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.asprecords.db.JoinedNewest;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordsCache;
import org.asprecords.db.Visibility;
import org.asprecords.db.Where;
import org.asprecords.outcome.SideEvent;
import java.util.Optional;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads statements for the public pages, each in a fixed number of queries: a page of the
 * list in three (the page's ids, its count, then the page's statements with their
 * speakers and organizations), the filters' values kept until a record changes (four
 * queries then); one statement in three (the statement with its speakers and
 * organizations, the States on whose behalf it was delivered, the countries it concerns).
 */
@Service
@Transactional(readOnly = true)
public class StatementCatalog {

	/**
	 * Statements with what a list of them shows, in the list's order: newest session
	 * first, then by date.
	 */
	private static final String LISTED = """
			select s from Statement s join fetch s.session se left join fetch s.speakerState
			left join fetch s.speakers sp left join fetch sp.person left join fetch s.organizations
			where %s
			order by se.startDate desc nulls last, s.deliveredOn nulls last, s.id""";

	/**
	 * The list's order, newest session first, which the sessions' index by start date and
	 * the statements' by session and day serve.
	 */
	private static final String ORDER = "order by se.start_date desc nulls last, se.id desc, st.delivered_on nulls last, st.id";

	/** The list joins the sessions: for its order, and for what the public sees. */
	private static final String FROM = "from statement st join assembly_session se on se.id = st.session_id";

	private final StatementRepository statements;

	private final JdbcClient jdbc;

	private final RecordsCache cache;

	private final EntityManager entityManager;

	StatementCatalog(StatementRepository statements, JdbcClient jdbc, RecordsCache cache, EntityManager entityManager) {
		this.statements = statements;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * A page of the statements the filter selects, in SQL with the conditions of the
	 * filters given only (a situation as an array containment, which the situations' GIN
	 * index serves), then the page's statements with their speakers and organizations.
	 */
	Page<Statement> find(StatementFilter filter, Pageable pageable) {
		Page<Long> ids = new Where().and(Visibility.of("st", "se"))
			.and("se.slug = :session", "session", filter.session())
			.and("st.segment = :segment", "segment", (filter.segment() != null) ? filter.segment().name() : null)
			.and("st.situations @> array[cast(:situation as text)]", "situation", filter.situation())
			.and("st.id in (select so.statement_id from statement_organization so join organization o on o.id = "
					+ "so.organization_id where o.slug = :organization and " + Visibility.of("o", false) + ")",
					"organization", filter.organization())
			.ids(this.jdbc, this.cache, "select st.id " + FROM, "select count(*) " + FROM, ORDER, pageable);
		List<Statement> statements = Where.inOrder(ids.getContent(), this.statements::findListed, Statement::getId);
		return new PageImpl<>(statements, pageable, ids.getTotalElements());
	}

	/**
	 * The values the filters offer, kept until a record changes.
	 */
	StatementFilterOptions filterOptions() {
		return this.cache.get("statement.options", this::readFilterOptions);
	}

	private StatementFilterOptions readFilterOptions() {
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

	/** A statement with what its page shows, as its address names it. */
	public Optional<Statement> find(String sessionSlug, String slug) {
		return this.statements.findPage(sessionSlug, slug);
	}

	/**
	 * A page of the statements so related to the record with this id, newest session
	 * first, each with its session, speakers (all of them, to say who spoke in which
	 * role), speaking State and organizations, in one query: the page's statements are
	 * picked by a subquery that the limit applies to, so that fetching their speakers and
	 * organizations multiplies no row the limit counts. The bound is written in as
	 * numbers ({@link org.asprecords.db.PageBound} says why): bound as parameters,
	 * PostgreSQL planned the query afresh on every call (8 ms at 100 times the shipped
	 * records). Where a join table keeps the session's date, the page's ids are read on
	 * its index first ({@link StatementRelation#newest()}).
	 */
	public List<Statement> page(StatementRelation relation, long id, Pageable pageable) {
		JoinedNewest newest = relation.newest();
		if (newest != null) {
			List<Long> ids = newest.ids(this.jdbc, id, pageable);
			return ids.isEmpty() ? List.of()
					: this.entityManager.createQuery(LISTED.formatted("array_has(:ids, s.id)"), Statement.class)
						.setParameter("ids", ids.toArray(Long[]::new))
						.getResultList();
		}
		return this.entityManager.createQuery(LISTED.formatted("""
				s.id in (select s2.id %s
				order by se2.startDate desc nulls last, s2.deliveredOn nulls last, s2.id
				offset %d rows fetch first %d rows only)""".formatted(relation.from(), pageable.getOffset(),
				pageable.getPageSize())), Statement.class)
			.setParameter("id", id)
			.getResultList();
	}

	public List<Statement> atSideEvent(SideEvent event) {
		return this.statements.findAtSideEvent(event);
	}

}
