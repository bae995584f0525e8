package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

	@Query("select e from Decision e where e.session = :session order by e.id")
	List<Decision> findBySession(AssemblySession session, Pageable pageable);

	/**
	 * One decision with its session, resolution and seat allocations.
	 */
	@Query("""
			select e from Decision e join fetch e.session s left join fetch e.resolution
			left join fetch e.allocations where s.slug = :session and e.slug = :slug""")
	Optional<Decision> findPage(String session, String slug);

}
