package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.db.AllRecords;
import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	@Query("select e from Decision e where e.session = :session order by e.id")
	List<Decision> findBySession(AssemblySession session, Pageable pageable);

	/**
	 * One decision with its session, resolution and seat allocations.
	 */
	@Query("""
			select e from Decision e join fetch e.session s left join fetch e.resolution
			left join fetch e.allocations where s.slug = :session and e.slug = :slug""")
	Optional<Decision> findPage(String session, String slug);

	Optional<Decision> findBySessionAndSlug(AssemblySession session, String slug);

	/**
	 * Decisions out of the trash, drafts included, newest session first, whose session
	 * slug, key or title contains the pattern; {@code text} empty for all.
	 */
	@AllRecords
	@Query(value = """
			select e from Decision e join fetch e.session s
			where e.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(e.slug) like :pattern
			       or lower(e.title) like :pattern)
			order by s.startDate desc nulls last, s.id desc, e.id""", countQuery = """
			select count(e) from Decision e join e.session s
			where e.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(e.slug) like :pattern
			       or lower(e.title) like :pattern)""")
	Page<Decision> findForAdmin(String text, String pattern, Pageable pageable);

}
