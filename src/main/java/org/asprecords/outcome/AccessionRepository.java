package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.db.AllRecords;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessionRepository extends JpaRepository<Accession, Long> {

	@Query("""
			select a from Accession a join fetch a.session s where fk(a.state) = :state
			order by s.startDate nulls last, a.id""")
	List<Accession> findByStateWithSession(long state, Pageable pageable);

	Optional<Accession> findBySessionAndState(AssemblySession session, State state);

	/**
	 * Accessions out of the trash, drafts included, newest session first, whose session
	 * slug or State's name contains the pattern; {@code text} empty for all.
	 */
	@AllRecords
	@Query(value = """
			select a from Accession a join fetch a.session s join fetch a.state t
			where a.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(t.name) like :pattern)
			order by s.startDate desc nulls last, s.id desc, t.name""", countQuery = """
			select count(a) from Accession a join a.session s join a.state t
			where a.deletedAt is null
			  and (:text = '' or lower(s.slug) like :pattern or lower(t.name) like :pattern)""")
	Page<Accession> findForAdmin(String text, String pattern, Pageable pageable);

}
