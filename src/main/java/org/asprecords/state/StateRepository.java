package org.asprecords.state;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StateRepository extends JpaRepository<State, Long> {

	Optional<State> findBySlug(String slug);

}
