package org.asprecords.person;

import java.util.List;
import java.util.Optional;

import org.asprecords.state.State;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findBySlug(String slug);

	@Query("select p from Person p left join fetch p.nationality where p.slug = :slug")
	Optional<Person> findPage(String slug);

	@Query("select p from Person p left join fetch p.nationality order by p.name, p.id")
	List<Person> findAlphabetically(Pageable pageable);

	List<Person> findByNationalityOrderByName(State nationality);

}
