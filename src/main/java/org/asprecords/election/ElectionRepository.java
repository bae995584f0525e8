package org.asprecords.election;

import java.util.List;
import java.util.Optional;

import org.asprecords.session.AssemblySession;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ElectionRepository extends JpaRepository<Election, Long> {

	@Query("select e from Election e where e.session.slug = :sessionSlug and e.slug = :slug")
	Optional<Election> findBySessionSlugAndSlug(String sessionSlug, String slug);

	@Query("""
			select distinct e from Election e
			left join fetch e.candidates c left join fetch c.person left join fetch c.state left join fetch c.nationality
			where e.session = :session order by e.id""")
	List<Election> findWithCandidatesBySession(AssemblySession session);

}
