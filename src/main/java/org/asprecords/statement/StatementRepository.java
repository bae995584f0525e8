package org.asprecords.statement;

import java.util.List;

import org.asprecords.session.AssemblySession;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StatementRepository extends JpaRepository<Statement, Long> {

	@Query("""
			select s from Statement s left join fetch s.speakerState
			where s.session = :session order by s.deliveredOn nulls first, s.id""")
	List<Statement> findBySession(AssemblySession session);

}
