package org.asprecords.budget;

import org.asprecords.db.AllRecords;
import java.util.List;
import java.util.Optional;

import org.asprecords.session.AssemblySession;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeBudgetRepository extends JpaRepository<ProgrammeBudget, Long> {

	Optional<ProgrammeBudget> findByYear(int year);

	@Query("select b from ProgrammeBudget b left join fetch b.resolution where b.session = :session order by b.year")
	List<ProgrammeBudget> findBySession(AssemblySession session);

	@Query("""
			select b from ProgrammeBudget b join fetch b.session left join fetch b.resolution
			order by b.year""")
	List<ProgrammeBudget> findAllInYearOrder();

	@Query("""
			select b from ProgrammeBudget b join fetch b.session left join fetch b.resolution
			where b.year = :year""")
	Optional<ProgrammeBudget> findPage(int year);

	@Query("""
			select b from ProgrammeBudget b join fetch b.session left join fetch b.resolution r left join fetch r.session
			where b.id = :id""")
	@AllRecords
	Optional<ProgrammeBudget> findForEditing(long id);

	/** Every budget out of the trash, drafts included. */
	@AllRecords
	@Query("select b from ProgrammeBudget b join fetch b.session where b.deletedAt is null order by b.year desc")
	List<ProgrammeBudget> findAllForAdmin();

}
