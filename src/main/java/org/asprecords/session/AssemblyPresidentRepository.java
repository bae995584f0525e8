package org.asprecords.session;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssemblyPresidentRepository extends JpaRepository<AssemblyPresident, Long> {

	@Query("""
			select p from AssemblyPresident p join fetch p.person
			left join fetch p.fromSession f left join fetch p.toSession order by f.startDate nulls first""")
	List<AssemblyPresident> findAllInOrder();

}
