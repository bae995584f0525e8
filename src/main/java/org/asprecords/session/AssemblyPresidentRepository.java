package org.asprecords.session;

import java.util.List;

import org.asprecords.person.Person;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssemblyPresidentRepository extends JpaRepository<AssemblyPresident, Long> {

	/** One person's presidencies, in order: a person's page reads no one else's. */
	@Query("""
			select p from AssemblyPresident p join fetch p.person
			left join fetch p.fromSession f left join fetch p.toSession
			where p.person = :person order by f.startDate nulls first""")
	List<AssemblyPresident> findOfPerson(Person person);

}
