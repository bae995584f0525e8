package org.asprecords.session;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssemblyPresidentRepository extends JpaRepository<AssemblyPresident, Long> {

	@Query("""
			select p from AssemblyPresident p join fetch p.person
			left join fetch p.fromSession f left join fetch p.toSession order by f.startDate nulls first""")
	List<AssemblyPresident> findAllInOrder();

	/**
	 * A page of Presidents, the latest first: by the session their period begins with (or
	 * ends with, when its first session is not recorded), then the one still in office or
	 * ending later first.
	 */
	@Query("""
			select p from AssemblyPresident p join fetch p.person
			left join fetch p.fromSession f left join fetch p.toSession t
			order by coalesce(f.startDate, t.startDate) desc nulls last, t.startDate desc nulls first, p.id desc""")
	List<AssemblyPresident> findLatestFirst(Pageable pageable);

	/**
	 * The Presidents whose period covers a session that began on {@code start}, judged by
	 * the sessions' start dates: from a session that began by then (or from the start,
	 * when no first session is recorded), to one that began since (or still in office,
	 * when a first session is recorded).
	 */
	@Query("""
			select p from AssemblyPresident p join fetch p.person
			left join fetch p.fromSession f left join fetch p.toSession t
			where (f is null or f.startDate <= :start)
			and ((t is null and f is not null) or t.startDate >= :start)
			order by f.startDate nulls first, p.id""")
	List<AssemblyPresident> findCovering(LocalDate start, Pageable pageable);

}
