package org.asprecords.organization;

import java.util.List;
import java.util.Optional;

import org.asprecords.state.State;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

	Optional<Organization> findBySlug(String slug);

	@Query("""
			select o from Organization o left join fetch o.parent left join fetch o.country
			where o.slug = :slug""")
	Optional<Organization> findPage(String slug);

	@Query("select o from Organization o left join fetch o.country order by o.name, o.id")
	List<Organization> findAlphabetically(Pageable pageable);

	List<Organization> findByParentOrderByName(Organization parent);

	List<Organization> findByCountryOrderByName(State country);

}
