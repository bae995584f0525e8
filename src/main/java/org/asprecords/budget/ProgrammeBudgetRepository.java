package org.asprecords.budget;

import java.util.List;
import java.util.Optional;

import org.asprecords.db.AllRecords;
import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeBudgetRepository extends JpaRepository<ProgrammeBudget, Long> {

	Optional<ProgrammeBudget> findByYear(int year);

	@Query("select b from ProgrammeBudget b left join fetch b.resolution where b.session = :session order by b.year")
	List<ProgrammeBudget> findBySession(AssemblySession session, Pageable pageable);

	@Query("""
			select b from ProgrammeBudget b join fetch b.session left join fetch b.resolution
			order by b.year""")
	List<ProgrammeBudget> findAllInYearOrder();

	/**
	 * A page of budgets, the newest year first.
	 */
	@Query("""
			select b from ProgrammeBudget b join fetch b.session left join fetch b.resolution
			order by b.year desc""")
	List<ProgrammeBudget> findNewestFirst(Pageable pageable);

	/**
	 * The budgets of some years, without their session or resolution: what a change
	 * against the previous year needs. An array, not a list: Hibernate keeps the plan of
	 * a query with one ({@code db.ArrayHas}).
	 */
	@Query("select b from ProgrammeBudget b where array_has(:years, b.year)")
	List<ProgrammeBudget> findByYearIn(Integer[] years);

	@Query("""
			select b from ProgrammeBudget b join fetch b.session left join fetch b.resolution
			where b.year = :year""")
	Optional<ProgrammeBudget> findPage(int year);

	/**
	 * The year's budget with all its page shows, its lines included, in one statement.
	 */
	@Query("""
			select b from ProgrammeBudget b join fetch b.session left join fetch b.resolution left join fetch b.lines
			where b.year = :year""")
	Optional<ProgrammeBudget> findPageWithLines(int year);

	@Query("""
			select b from ProgrammeBudget b join fetch b.session left join fetch b.resolution r left join fetch r.session
			where b.id = :id""")
	@AllRecords
	Optional<ProgrammeBudget> findForEditing(long id);

	/**
	 * Budgets out of the trash, drafts included, newest year first, whose year, session
	 * slug or adopting resolution contains the pattern; {@code text} empty for all.
	 */
	@AllRecords
	@Query(value = """
			select b from ProgrammeBudget b join fetch b.session s left join fetch b.resolution r
			where b.deletedAt is null
			  and (:text = '' or str(b.year) like :pattern or lower(s.slug) like :pattern
			       or lower(coalesce(r.symbol, '')) like :pattern)
			order by b.year desc""", countQuery = """
			select count(b) from ProgrammeBudget b join b.session s left join b.resolution r
			where b.deletedAt is null
			  and (:text = '' or str(b.year) like :pattern or lower(s.slug) like :pattern
			       or lower(coalesce(r.symbol, '')) like :pattern)""")
	Page<ProgrammeBudget> findForAdmin(String text, String pattern, Pageable pageable);

}
