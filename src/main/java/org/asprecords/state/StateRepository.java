package org.asprecords.state;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StateRepository extends JpaRepository<State, Long> {

	Optional<State> findBySlug(String slug);

	@Query("select s from State s order by s.name, s.id")
	List<State> findAlphabetically(Pageable pageable);

	Optional<State> findByPartyOrdinal(int partyOrdinal);

	Optional<State> findByCode(String code);

	List<State> findBySlugIn(Collection<String> slugs);

	@Query(value = """
			select s from State s where :text = '' or lower(s.name) like :pattern or s.slug like :pattern
			order by s.name, s.id""", countQuery = """
			select count(s) from State s where :text = '' or lower(s.name) like :pattern or s.slug like :pattern""")
	Page<State> findForAdmin(String text, String pattern, Pageable pageable);

}
