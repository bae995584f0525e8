package org.asprecords.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.asprecords.db.AllRecords;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssemblySessionRepository extends JpaRepository<AssemblySession, Long> {

	Optional<AssemblySession> findBySlug(String slug);

	@Query("select s from AssemblySession s where s.slug in :slugs order by s.startDate, s.id")
	List<AssemblySession> findBySlugs(Collection<String> slugs);

	@Query("select s from AssemblySession s where s.startDate >= :from and s.startDate < :until order by s.startDate, s.id")
	List<AssemblySession> findStartingBetween(LocalDate from, LocalDate until, Pageable pageable);

	@Query("select s from AssemblySession s left join fetch s.parent where s.slug = :slug")
	Optional<AssemblySession> findWithParentBySlug(String slug);

	Optional<AssemblySession> findFirstByStartDateLessThanEqualOrderByStartDateDesc(LocalDate day);

	Optional<AssemblySession> findFirstByStartDateGreaterThanOrderByStartDateAsc(LocalDate day);

	@Query("select s from AssemblySession s left join fetch s.parent order by s.startDate desc nulls last, s.id desc")
	List<AssemblySession> findNewestFirst(Pageable pageable);

	/** The sessions of these ids, in no order ({@code array_has}: one plan kept). */
	@Query("select s from AssemblySession s where array_has(:ids, s.id)")
	List<AssemblySession> findByIds(Long[] ids);

	/**
	 * How many sessions the public sees ({@link AssemblySession#SHOWN}), with the resumed
	 * sessions' parents joined rather than looked up one by one.
	 */
	@Query(nativeQuery = true, value = """
			select count(*) from assembly_session s left join assembly_session p on p.id = s.parent_id
			where s.published and s.deleted_at is null
			  and (s.parent_id is null or (p.published and p.deleted_at is null))""")
	long countShown();

	@Query("select s from AssemblySession s where s.parent = :session order by s.resumption, s.id")
	List<AssemblySession> findResumptions(AssemblySession session, Pageable pageable);

	@Query(value = """
			select s from AssemblySession s
			where s.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(coalesce(s.venue, '')) like :pattern
			       or lower(coalesce(s.city, '')) like :pattern)
			order by s.startDate desc nulls last, s.id desc""", countQuery = """
			select count(s) from AssemblySession s
			where s.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(coalesce(s.venue, '')) like :pattern
			       or lower(coalesce(s.city, '')) like :pattern)""")
	@AllRecords
	Page<AssemblySession> findForAdmin(String text, String pattern, Pageable pageable);

	/** Sessions a resumed session may continue: out of the trash, drafts included. */
	@AllRecords
	@Query("""
			select s from AssemblySession s where s.kind <> 'RESUMED' and s.deletedAt is null
			order by s.startDate desc nulls last""")
	List<AssemblySession> findResumable();

	/**
	 * The sessions an admin form offers: out of the trash, drafts included, newest first.
	 */
	@AllRecords
	@Query("select s from AssemblySession s where s.deletedAt is null order by s.startDate desc nulls last, s.id desc")
	List<AssemblySession> findChoices();

}
