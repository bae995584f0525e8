package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PolicyRepository extends JpaRepository<Policy, Long> {

	@Query("select e from Policy e left join fetch e.resolution where e.session = :session order by e.id")
	List<Policy> findBySession(AssemblySession session, Pageable pageable);

	@Query("""
			select e from Policy e join fetch e.session s left join fetch e.resolution
			where s.slug = :session and e.slug = :slug""")
	Optional<Policy> findPage(String session, String slug);

}
