package org.asprecords.resolution;

import java.util.List;
import java.util.Optional;

import org.asprecords.db.AllRecords;
import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

	Optional<Resolution> findBySymbol(String symbol);

	@Query("select r from Resolution r where r.session = :session order by r.number")
	List<Resolution> findBySession(AssemblySession session, Pageable pageable);

	@Query("select distinct r from Resolution r join fetch r.session left join fetch r.refersTo where r.symbol = :symbol")
	Optional<Resolution> findPageBySymbol(String symbol);

	@Query("select r from Resolution r join fetch r.session where array_has(:ids, r.id)")
	List<Resolution> findWithSessionByIdIn(Long[] ids);

	@Query("""
			select s from AssemblySession s where exists (select 1 from Resolution r where r.session = s)
			order by s.startDate desc nulls last, s.id desc""")
	List<AssemblySession> findSessionsWithResolutions();

	/**
	 * Topics of the resolutions the public sees (native SQL: the conditions of
	 * {@code Visibility.IN_SESSION}).
	 */
	@Query(value = """
			select distinct unnest(topics) from resolution r
			where r.published and r.deleted_at is null and public_session(r.session_id) order by 1""",
			nativeQuery = true)
	List<String> findTopicsInUse();

	@AllRecords
	@Query("select distinct r from Resolution r join fetch r.session left join fetch r.refersTo where r.id = :id")
	Optional<Resolution> findForEditing(long id);

	@Query(value = """
			select r from Resolution r join fetch r.session s
			where r.deletedAt is null
			  and (:text = '' or lower(r.symbol) like :pattern or lower(coalesce(r.title, '')) like :pattern)
			order by s.startDate desc nulls last, r.number""", countQuery = """
			select count(r) from Resolution r
			where r.deletedAt is null
			  and (:text = '' or lower(r.symbol) like :pattern or lower(coalesce(r.title, '')) like :pattern)""")
	@AllRecords
	Page<Resolution> findForAdmin(String text, String pattern, Pageable pageable);

}
