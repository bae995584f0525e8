package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.db.AllRecords;
import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AmendmentRepository extends JpaRepository<Amendment, Long> {

	@Query("select e from Amendment e left join fetch e.resolution where e.session = :session order by e.id")
	List<Amendment> findBySession(AssemblySession session, Pageable pageable);

	@Query("""
			select e from Amendment e join fetch e.session s left join fetch e.resolution
			where s.slug = :session and e.slug = :slug""")
	Optional<Amendment> findPage(String session, String slug);

	Optional<Amendment> findBySessionAndSlug(AssemblySession session, String slug);

	/**
	 * Amendments out of the trash, drafts included, newest session first, whose session
	 * slug, key or subject contains the pattern; {@code text} empty for all.
	 */
	@AllRecords
	@Query(value = """
			select e from Amendment e join fetch e.session s
			where e.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(e.slug) like :pattern
			       or lower(e.subject) like :pattern)
			order by s.startDate desc nulls last, s.id desc, e.id""", countQuery = """
			select count(e) from Amendment e join e.session s
			where e.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(e.slug) like :pattern
			       or lower(e.subject) like :pattern)""")
	Page<Amendment> findForAdmin(String text, String pattern, Pageable pageable);

}
