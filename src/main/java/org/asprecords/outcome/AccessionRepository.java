package org.asprecords.outcome;

import java.util.List;

import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccessionRepository extends JpaRepository<Accession, Long> {

	@Query("select a from Accession a join fetch a.state where a.session = :session order by a.state.name")
	List<Accession> findBySession(AssemblySession session, Pageable pageable);

	@Query("select a from Accession a join fetch a.session s where a.state = :state order by s.startDate nulls last")
	List<Accession> findByStateWithSession(State state);

}
