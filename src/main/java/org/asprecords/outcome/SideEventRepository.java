package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.db.AllRecords;
import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SideEventRepository extends JpaRepository<SideEvent, Long> {

	@Query("select e from SideEvent e where e.session = :session order by e.heldOn nulls last, e.id")
	List<SideEvent> findBySession(AssemblySession session, Pageable pageable);

	/**
	 * One side event with its session; its organizers and co-sponsors are left to batch
	 * fetching.
	 */
	@Query("select e from SideEvent e join fetch e.session s where s.slug = :session and e.slug = :slug")
	Optional<SideEvent> findPage(String session, String slug);

	/**
	 * Side events with their sessions, in the order of the profiles' lists: newest
	 * session first, then by day.
	 */
	@Query("""
			select e from SideEvent e join fetch e.session s where array_has(:ids, e.id)
			order by s.startDate desc nulls last, e.heldOn nulls last, e.id""")
	List<SideEvent> findListedByIdIn(Long[] ids);

	Optional<SideEvent> findBySessionAndSlug(AssemblySession session, String slug);

	/**
	 * Side events out of the trash, drafts included, newest session first, whose session
	 * slug, key or title contains the pattern; {@code text} empty for all.
	 */
	@AllRecords
	@Query(value = """
			select e from SideEvent e join fetch e.session s
			where e.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(e.slug) like :pattern
			       or lower(e.title) like :pattern)
			order by s.startDate desc nulls last, s.id desc, e.id""", countQuery = """
			select count(e) from SideEvent e join e.session s
			where e.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(e.slug) like :pattern
			       or lower(e.title) like :pattern)""")
	Page<SideEvent> findForAdmin(String text, String pattern, Pageable pageable);

}
