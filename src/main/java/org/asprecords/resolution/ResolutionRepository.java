package org.asprecords.resolution;

import java.util.List;
import java.util.Optional;

import org.asprecords.session.AssemblySession;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResolutionRepository extends JpaRepository<Resolution, Long> {

	Optional<Resolution> findBySymbol(String symbol);

	@Query("select r from Resolution r where r.session = :session order by r.number")
	List<Resolution> findBySession(AssemblySession session);

}
