package org.asprecords.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.asprecords.db.RecordHistory;
import org.asprecords.db.Revision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saves of an election, newest first: those of the election's own fields, and those
 * that changed only its candidates or rounds (shown as changes of the election).
 */
@Service
@Transactional(readOnly = true)
public class ElectionHistory {

	private final RecordHistory history;

	private final EntityManager entityManager;

	ElectionHistory(RecordHistory history, EntityManager entityManager) {
		this.history = history;
		this.entityManager = entityManager;
	}

	public List<RecordHistory.Entry> of(long id) {
		Map<Long, RecordHistory.Entry> entries = new TreeMap<>(Comparator.reverseOrder());
		Stream.of(Candidacy.class, ElectionRound.class)
			.flatMap((part) -> revisionsOfParts(part, id).stream())
			.forEach((revision) -> entries.put(revision.getId(),
					new RecordHistory.Entry(revision.getId(), revision.getSavedAt(), revision.getUsername(), "MOD")));
		this.history.of(Election.class, id).forEach((entry) -> entries.put(entry.revision(), entry));
		return List.copyOf(entries.values());
	}

	/**
	 * Reads the votes of all the rounds of an election as it was at a revision in one
	 * query: Envers would read each round's votes on its own when the revision page shows
	 * them, a query per round. The candidacies they name are those the revision's
	 * election already holds.
	 */
	public void readVotesAt(Object record, long revision) {
		if (!(record instanceof Election election) || election.getRounds().isEmpty()) {
			return;
		}
		Map<Long, Candidacy> candidacies = new HashMap<>();
		election.getCandidates().forEach((candidacy) -> candidacies.put(candidacy.getId(), candidacy));
		Map<Long, ElectionRound> rounds = new HashMap<>();
		election.getRounds().forEach((round) -> rounds.put(round.getId(), round));
		Map<Long, List<RoundVote>> votes = new HashMap<>();
		rounds.keySet().forEach((id) -> votes.put(id, new ArrayList<>()));
		List<?> rows = this.entityManager.createNativeQuery("""
				select v.round_id, v.candidacy_id, v.votes from round_vote_aud v
				where v.round_id in (:rounds) and v.revtype <> 2
				  and v.rev = (select max(w.rev) from round_vote_aud w
				               where w.round_id = v.round_id and w.position = v.position and w.rev <= :revision)
				order by v.round_id, v.position""")
			.setParameter("rounds", rounds.keySet())
			.setParameter("revision", revision)
			.getResultList();
		for (Object row : rows) {
			Object[] cells = (Object[]) row;
			Candidacy candidacy = candidacies.get(((Number) cells[1]).longValue());
			votes.get(((Number) cells[0]).longValue()).add(new RoundVote(candidacy, ((Number) cells[2]).intValue()));
		}
		rounds.forEach((id, round) -> round.votesReadAt(votes.get(id)));
	}

	private List<Revision> revisionsOfParts(Class<?> part, long electionId) {
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(part, false, true)
			.add(AuditEntity.relatedId("election").eq(electionId))
			.getResultList();
		return rows.stream().map((row) -> (Revision) ((Object[]) row)[1]).toList();
	}

}
