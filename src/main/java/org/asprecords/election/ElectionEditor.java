package org.asprecords.election;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.asprecords.db.AllRecords;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.Publication;
import org.asprecords.person.Person;
import org.asprecords.person.People;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.state.State;
import org.asprecords.state.States;
import org.asprecords.web.form.EditPage;
import org.asprecords.web.form.FormEditor;
import org.asprecords.web.form.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects elections from the admin form, with their candidates and rounds,
 * in one transaction: a save stores all of the form or nothing. Recorded candidacies and
 * rounds keep their ids (so their history reads on), and every save raises the election's
 * version, so that two editors changing only rounds still meet the conflict page.
 */
@Service
@AllRecords
public class ElectionEditor implements FormEditor<Election, ElectionForm> {

	/**
	 * Round numbers held for a moment while rounds are renumbered (the numbers are
	 * unique).
	 */
	private static final int PARKED_NUMBERS = 1_000_000;

	private final ElectionRepository elections;

	private final Sessions sessions;

	private final People people;

	private final States states;

	private final EntityManager entityManager;

	private final Publication publication;

	private final ElectionHistory history;

	ElectionEditor(ElectionRepository elections, Sessions sessions, People people, States states,
			EntityManager entityManager, Publication publication, ElectionHistory history) {
		this.publication = publication;
		this.history = history;
		this.elections = elections;
		this.sessions = sessions;
		this.people = people;
		this.states = states;
		this.entityManager = entityManager;
	}

	/**
	 * The form of a recorded election, as it is saved now (the conflict page compares it
	 * with the editor's input).
	 */
	@Transactional(readOnly = true)
	public ElectionForm form(long id) {
		return ElectionForm.from(findForEditing(id));
	}

	/**
	 * The edit page of an election, its history including the saves that changed only its
	 * candidates or rounds.
	 */
	@Transactional(readOnly = true)
	public EditPage<ElectionForm> page(long id) {
		Election election = findForEditing(id);
		return EditPage.of(ElectionForm.from(election), election, this.history.of(id));
	}

	private Election findForEditing(long id) {
		return this.elections.findForEditing(id).orElseThrow(() -> new NotFoundException("election"));
	}

	@Transactional
	public Election create(ElectionForm form) {
		Election election = new Election();
		apply(form, election);
		this.elections.saveAndFlush(election);
		this.publication.check(election, false);
		return election;
	}

	@Transactional
	public Election update(long id, ElectionForm form) {
		Election election = this.elections.lockForEditing(id).orElseThrow(() -> new NotFoundException("election"));
		int version = election.getVersion();
		boolean wasPublished = election.isPublished();
		if (!Objects.equals(form.getVersion(), version)) {
			throw new StaleEditException();
		}
		apply(form, election);
		this.elections.flush();
		if (election.getVersion() == version) {
			this.entityManager.lock(election, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
		this.publication.check(election, wasPublished);
		return election;
	}

	private void apply(ElectionForm form, Election election) {
		AssemblySession session = this.sessions.bySlug(form.getSession())
			.orElseThrow(() -> new FieldRejectedException("session", "admin.election.session.unknown"));
		this.elections.findBySessionSlugAndSlug(session.getSlug(), form.getSlug().strip())
			.filter((other) -> other != election)
			.ifPresent((other) -> {
				throw new FieldRejectedException("slug", "admin.election.slug.taken");
			});
		List<Candidacy> candidacies = candidacies(form, election);
		Map<Integer, ElectionRound> rounds = rounds(form, election);
		election.setSession(session);
		form.applyTo(election);
		election.getCandidates().retainAll(candidacies);
		int next = election.getCandidates().stream().mapToInt(Candidacy::getPosition).max().orElse(-1) + 1;
		for (int c = 0; c < form.getCandidates().size(); c++) {
			Candidacy candidacy = candidacies.get(c);
			if (candidacy != null && candidacy.getElection() == null) {
				candidacy.setPosition(next++);
				election.addCandidate(candidacy);
			}
		}
		rounds.forEach((index, round) -> {
			form.getRounds().get(index).applyTo(round);
			if (round.getElection() == null) {
				election.addRound(round);
			}
			List<RoundVote> votes = votes(form.getRounds().get(index), candidacies);
			if (!sameVotes(round.getVotes(), votes)) {
				round.setVotes(votes);
			}
		});
	}

	/**
	 * The candidacy of each candidate line (by its index; {@code null} for lines not
	 * kept): recorded ones matched by id, new ones created. Whom each line names is
	 * looked up before anything changes, so that a refused line leaves the election
	 * untouched.
	 */
	private List<Candidacy> candidacies(ElectionForm form, Election election) {
		List<Candidate> named = new ArrayList<>();
		for (int c = 0; c < form.getCandidates().size(); c++) {
			CandidateRow row = form.getCandidates().get(c);
			named.add(row.isKept() ? candidate(row, "candidates[" + c + "].") : null);
		}
		Map<Long, Candidacy> recorded = byId(election.getCandidates(), Candidacy::getId);
		List<Candidacy> candidacies = new ArrayList<>();
		for (int c = 0; c < form.getCandidates().size(); c++) {
			CandidateRow row = form.getCandidates().get(c);
			Candidacy candidacy = null;
			if (named.get(c) != null) {
				candidacy = (row.getId() != null) ? recorded.remove(row.getId()) : null;
				candidacy = (candidacy != null) ? candidacy : new Candidacy();
				named.get(c).applyTo(candidacy);
				row.applyTo(candidacy);
			}
			candidacies.add(candidacy);
		}
		return candidacies;
	}

	private Candidate candidate(CandidateRow row, String path) {
		Person person = Rows.blank(row.getPerson()) ? null : this.people.bySlug(row.getPerson())
			.orElseThrow(() -> new FieldRejectedException(path + "person", "admin.election.candidate.person.unknown"));
		return new Candidate(person, state(row.getState(), path + "state"),
				state(row.getNationality(), path + "nationality"));
	}

	private State state(String slug, String field) {
		if (Rows.blank(slug)) {
			return null;
		}
		return this.states.bySlug(slug)
			.orElseThrow(() -> new FieldRejectedException(field, "admin.election.candidate.state.unknown"));
	}

	/**
	 * Whom a candidate line names.
	 */
	private record Candidate(Person person, State state, State nationality) {

		void applyTo(Candidacy candidacy) {
			candidacy.setPerson(this.person);
			candidacy.setState(this.state);
			candidacy.setNationality(this.nationality);
		}

	}

	/**
	 * The round of each kept round line (by its index), recorded ones matched by id.
	 * Rounds no longer in the form are removed, and rounds that change number are parked
	 * on free numbers first, so that no two rounds share a number at any moment.
	 */
	private Map<Integer, ElectionRound> rounds(ElectionForm form, Election election) {
		Map<Long, ElectionRound> recorded = byId(election.getRounds(), ElectionRound::getId);
		Map<Integer, ElectionRound> rounds = new LinkedHashMap<>();
		List<ElectionRound> renumbered = new ArrayList<>();
		for (int r = 0; r < form.getRounds().size(); r++) {
			RoundRow row = form.getRounds().get(r);
			if (!row.isKept()) {
				continue;
			}
			ElectionRound round = (row.getId() != null) ? recorded.remove(row.getId()) : null;
			if (round != null && !Objects.equals(round.getNumber(), row.getNumber())) {
				renumbered.add(round);
			}
			rounds.put(r, (round != null) ? round : new ElectionRound());
		}
		if (!recorded.isEmpty() || !renumbered.isEmpty()) {
			election.getRounds().removeAll(recorded.values());
			for (int i = 0; i < renumbered.size(); i++) {
				renumbered.get(i).setNumber(PARKED_NUMBERS + i);
			}
			this.elections.flush();
		}
		return rounds;
	}

	private static List<RoundVote> votes(RoundRow row, List<Candidacy> candidacies) {
		List<RoundVote> votes = new ArrayList<>();
		for (int c = 0; c < candidacies.size(); c++) {
			Integer typed = row.votesOf(c);
			if (typed != null && candidacies.get(c) != null) {
				votes.add(new RoundVote(candidacies.get(c), typed));
			}
		}
		return votes;
	}

	private static boolean sameVotes(List<RoundVote> saved, List<RoundVote> typed) {
		if (saved.size() != typed.size()) {
			return false;
		}
		for (int i = 0; i < saved.size(); i++) {
			if (saved.get(i).getCandidacy() != typed.get(i).getCandidacy()
					|| saved.get(i).getVotes() != typed.get(i).getVotes()) {
				return false;
			}
		}
		return true;
	}

	private static <T> Map<Long, T> byId(List<T> records, Function<T, Long> id) {
		return records.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
	}

}
