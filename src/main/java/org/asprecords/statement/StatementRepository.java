package org.asprecords.statement;

import java.util.List;
import java.util.Optional;

import org.asprecords.db.AllRecords;
import org.asprecords.organization.Organization;
import org.asprecords.outcome.SideEvent;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Statements, read for the pages that show them. The lists other pages show come with
 * what {@link StatementNames} needs (speakers, their persons, organizations, the speaking
 * State) fetched in the same query, so a list costs one query whatever its length.
 */
interface StatementRepository extends JpaRepository<Statement, Long> {

	Optional<Statement> findBySessionAndSlug(AssemblySession session, String slug);

	/**
	 * Statements for the admin list, newest sessions first, whose slug, speaker's label
	 * or name, on-behalf label or organization contains the pattern; {@code text} empty
	 * for all.
	 */
	@Query(value = """
			select s from Statement s join fetch s.session se left join fetch s.speakerState
			where s.deletedAt is null
			  and (:text = '' or s.slug like :pattern or lower(coalesce(s.speakerLabel, '')) like :pattern
			   or lower(coalesce(s.onBehalfLabel, '')) like :pattern
			   or exists (select 1 from Statement s2 join s2.speakers sp
			              where s2 = s and lower(sp.person.name) like :pattern)
			   or exists (select 1 from Statement s3 join s3.organizations o where s3 = s and lower(o.name) like :pattern))
			order by se.startDate desc nulls last, se.id desc, s.deliveredOn nulls last, s.id""",
			countQuery = """
					select count(s) from Statement s
					where s.deletedAt is null
					  and (:text = '' or s.slug like :pattern or lower(coalesce(s.speakerLabel, '')) like :pattern
					   or lower(coalesce(s.onBehalfLabel, '')) like :pattern
					   or exists (select 1 from Statement s2 join s2.speakers sp
					              where s2 = s and lower(sp.person.name) like :pattern)
					   or exists (select 1 from Statement s3 join s3.organizations o where s3 = s and lower(o.name) like :pattern))""")
	Page<Statement> findForAdmin(String text, String pattern, Pageable pageable);

	/** The side events a statement may be given at, with their sessions, newest first. */
	@Query("""
			select e from SideEvent e join fetch e.session se
			order by se.startDate desc nulls last, se.id desc, e.heldOn nulls last, e.id""")
	List<SideEvent> findSideEventChoices();

	/**
	 * Statements of a list, with what the list shows of them (session, speakers with
	 * their persons, speaking State, organizations), in one query.
	 */
	@Query("""
			select distinct s from Statement s join fetch s.session left join fetch s.speakerState
			left join fetch s.speakers sp left join fetch sp.person left join fetch s.organizations
			where array_has(:ids, s.id)""")
	List<Statement> findListed(Long[] ids);

	@Query("""
			select s from AssemblySession s where exists (select 1 from Statement st where st.session = s)
			order by s.startDate desc nulls last, s.id desc""")
	List<AssemblySession> findSessionsWithStatements();

	@Query("""
			select o from Organization o
			where exists (select 1 from Statement s join s.organizations so where so = o) order by o.name""")
	List<Organization> findOrganizationsWithStatements();

	@Query("select distinct s.segment from Statement s")
	List<Segment> findSegmentsInUse();

	@Query("select distinct situation from Statement s join lateral unnest(s.situations) situation order by situation")
	List<String> findSituations();

	/**
	 * One statement with its session, speakers, organizations, speaking State and side
	 * event; the States on whose behalf it was delivered and the countries it concerns
	 * are left to their own queries.
	 */
	@Query("""
			select s from Statement s join fetch s.session se left join fetch s.speakerState
			left join fetch s.sideEvent left join fetch s.speakers sp left join fetch sp.person
			left join fetch s.organizations where se.slug = :session and s.slug = :slug""")
	Optional<Statement> findPage(String session, String slug);

	/**
	 * One statement, drafts and trashed ones included, with what {@link #findPage} reads
	 * of it.
	 */
	@AllRecords
	@Query("""
			select s from Statement s join fetch s.session left join fetch s.speakerState
			left join fetch s.sideEvent left join fetch s.speakers sp left join fetch sp.person
			left join fetch s.organizations where s.id = :id""")
	Optional<Statement> findForEditing(long id);

	@Query("""
			select s from Statement s join fetch s.session left join fetch s.speakerState
			left join fetch s.speakers sp left join fetch sp.person left join fetch s.organizations
			where s.sideEvent = :event order by s.deliveredOn nulls last, s.id""")
	List<Statement> findAtSideEvent(SideEvent event);

}
