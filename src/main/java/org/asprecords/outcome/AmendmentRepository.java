package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AmendmentRepository extends JpaRepository<Amendment, Long> {

	@Query("select e from Amendment e left join fetch e.resolution where e.session = :session order by e.id")
	List<Amendment> findBySession(AssemblySession session, Pageable pageable);

	@Query("""
			select e from Amendment e join fetch e.session s left join fetch e.resolution
			where s.slug = :session and e.slug = :slug""")
	Optional<Amendment> findPage(String session, String slug);

}
