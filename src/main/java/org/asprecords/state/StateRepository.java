package org.asprecords.state;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StateRepository extends JpaRepository<State, Long> {

	Optional<State> findBySlug(String slug);

	@Query("select s from State s order by s.name, s.id")
	List<State> findAlphabetically(Pageable pageable);

}
