package org.asprecords.election;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.asprecords.db.AllRecords;
import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ElectionRepository extends JpaRepository<Election, Long> {

	@Query("select e from Election e where e.session.slug = :sessionSlug and e.slug = :slug")
	Optional<Election> findBySessionSlugAndSlug(String sessionSlug, String slug);

	/**
	 * How many candidates each of the given elections elected, as pairs of the election's
	 * id and the count; elections that elected no recorded candidate are left out.
	 */
	@Query("""
			select new org.asprecords.election.ElectedCount(c.election.id, count(c)) from Candidacy c
			where array_has(:elections, c.election.id) and c.outcome = org.asprecords.election.CandidacyOutcome.ELECTED
			group by c.election.id""")
	List<ElectedCount> countElected(Long[] elections);

	@Query("""
			select s from AssemblySession s where exists (select 1 from Election e where e.session = s)
			order by s.startDate desc nulls last, s.id desc""")
	List<AssemblySession> findSessionsWithElections();

	/**
	 * One election with its session and candidates (and whom they are); its rounds and
	 * their votes are left to batch fetching.
	 */
	@Query("""
			select e from Election e join fetch e.session s
			left join fetch e.candidates c left join fetch c.person p left join fetch p.nationality
			left join fetch c.state left join fetch c.nationality
			where s.slug = :sessionSlug and e.slug = :slug""")
	Optional<Election> findPage(String sessionSlug, String slug);

	/**
	 * Elections for the admin list, newest session first: all of them, or those whose
	 * session slug, body, slug or summary contains the lower-case {@code pattern}.
	 */
	@Query(value = """
			select e from Election e join fetch e.session s
			where e.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(replace(str(e.body), '_', ' ')) like :pattern
			   or lower(e.slug) like :pattern or lower(coalesce(e.summary, '')) like :pattern)
			order by s.startDate desc nulls last, s.id desc, e.id""", countQuery = """
			select count(e) from Election e join e.session s
			where e.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(replace(str(e.body), '_', ' ')) like :pattern
			   or lower(e.slug) like :pattern or lower(coalesce(e.summary, '')) like :pattern)""")
	@AllRecords
	Page<Election> findForAdmin(String text, String pattern, Pageable pageable);

	/**
	 * One election with its session and candidates, for its form; its rounds and their
	 * votes are left to batch fetching.
	 */
	@Query("""
			select e from Election e join fetch e.session
			left join fetch e.candidates c left join fetch c.person left join fetch c.state left join fetch c.nationality
			where e.id = :id""")
	Optional<Election> findForEditing(long id);

	/**
	 * Elections with their sessions, in one query.
	 */
	@Query("select e from Election e join fetch e.session where array_has(:ids, e.id)")
	List<Election> findWithSessionByIdIn(Long[] ids);

	/**
	 * One election, its row locked until the end of the transaction: saves of the same
	 * election wait for each other, and the later one then sees the newer version.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Election e where e.id = :id")
	Optional<Election> lockForEditing(long id);

}
