package org.asprecords.outcome;

import java.util.List;

import org.asprecords.session.AssemblySession;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SideEventRepository extends JpaRepository<SideEvent, Long> {

	@Query("select e from SideEvent e where e.session = :session order by e.heldOn nulls last, e.id")
	List<SideEvent> findBySession(AssemblySession session);

}
