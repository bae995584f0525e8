package org.asprecords.session;

import java.util.List;

import org.asprecords.db.AllRecords;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssemblyPresidentRepository extends JpaRepository<AssemblyPresident, Long> {

	/** One person's presidencies, in order: a person's page reads no one else's. */
	@Query("""
			select p from AssemblyPresident p join fetch p.person
			left join fetch p.fromSession f left join fetch p.toSession
			where fk(p.person) = :person order by f.startDate nulls first, p.id""")
	List<AssemblyPresident> findOfPerson(long person, Pageable pageable);

	/**
	 * Presidencies out of the trash, drafts included, latest first, whose person's name
	 * or term contains the pattern; {@code text} empty for all.
	 */
	@AllRecords
	@Query(value = """
			select p from AssemblyPresident p join fetch p.person n left join fetch p.fromSession f
			where p.deletedAt is null
			  and (:text = '' or lower(n.name) like :pattern or lower(coalesce(p.periodNote, '')) like :pattern)
			order by f.startDate desc nulls last, p.id desc""", countQuery = """
			select count(p) from AssemblyPresident p join p.person n
			where p.deletedAt is null
			  and (:text = '' or lower(n.name) like :pattern or lower(coalesce(p.periodNote, '')) like :pattern)""")
	Page<AssemblyPresident> findForAdmin(String text, String pattern, Pageable pageable);

}
