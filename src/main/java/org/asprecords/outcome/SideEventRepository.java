package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.organization.Organization;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SideEventRepository extends JpaRepository<SideEvent, Long> {

	@Query("select e from SideEvent e where e.session = :session order by e.heldOn nulls last, e.id")
	List<SideEvent> findBySession(AssemblySession session, Pageable pageable);

	/**
	 * One side event with its session; its organizers and co-sponsors are left to batch
	 * fetching.
	 */
	@Query("select e from SideEvent e join fetch e.session s where s.slug = :session and e.slug = :slug")
	Optional<SideEvent> findPage(String session, String slug);

	@Query("""
			select e from SideEvent e join fetch e.session s where :state member of e.cosponsors
			order by s.startDate desc nulls last, e.heldOn nulls last, e.id""")
	List<SideEvent> findCosponsoredBy(State state);

	@Query("""
			select e from SideEvent e join fetch e.session s where :organization member of e.organizers
			order by s.startDate desc nulls last, e.heldOn nulls last, e.id""")
	List<SideEvent> findOrganizedBy(Organization organization);

}
