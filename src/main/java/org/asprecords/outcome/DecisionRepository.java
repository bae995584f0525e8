package org.asprecords.outcome;

import java.util.List;

import org.asprecords.session.AssemblySession;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

	@Query("select e from Decision e where e.session = :session order by e.id")
	List<Decision> findBySession(AssemblySession session);

}
