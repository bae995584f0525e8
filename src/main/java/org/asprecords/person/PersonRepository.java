package org.asprecords.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findBySlug(String slug);

	@Query("select p from Person p left join fetch p.nationality where p.slug = :slug")
	Optional<Person> findPage(String slug);

	@Query("select p from Person p left join fetch p.nationality order by p.name, p.id")
	List<Person> findAlphabetically(Pageable pageable);

	@Query("select p from Person p where fk(p.nationality) = :state order by p.name, p.id")
	List<Person> findByNationality(long state, Pageable pageable);

	List<Person> findBySlugIn(Collection<String> slugs);

	@Query(value = """
			select p from Person p where :text = '' or lower(p.name) like :pattern or p.slug like :pattern
			order by p.name, p.id""", countQuery = """
			select count(p) from Person p where :text = '' or lower(p.name) like :pattern or p.slug like :pattern""")
	Page<Person> findForAdmin(String text, String pattern, Pageable pageable);

}
