package org.asprecords.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	Optional<Organization> findBySlug(String slug);

	@Query("""
			select o from Organization o left join fetch o.parent left join fetch o.country
			where o.slug = :slug""")
	Optional<Organization> findPage(String slug);

	@Query("select o from Organization o left join fetch o.country order by o.name, o.id")
	List<Organization> findAlphabetically(Pageable pageable);

	@Query("select o from Organization o where fk(o.parent) = :parent order by o.name, o.id")
	List<Organization> findByParent(long parent, Pageable pageable);

	@Query("select o from Organization o where fk(o.country) = :country order by o.name, o.id")
	List<Organization> findByCountry(long country, Pageable pageable);

	List<Organization> findBySlugIn(Collection<String> slugs);

	@Query(value = """
			select o from Organization o
			where :text = '' or lower(o.name) like :pattern or o.slug like :pattern
			   or lower(coalesce(o.acronym, '')) like :pattern
			order by o.name, o.id""", countQuery = """
			select count(o) from Organization o
			where :text = '' or lower(o.name) like :pattern or o.slug like :pattern
			   or lower(coalesce(o.acronym, '')) like :pattern""")
	Page<Organization> findForAdmin(String text, String pattern, Pageable pageable);

}
