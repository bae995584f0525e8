package org.asprecords.election;

import java.util.function.Predicate;

import org.asprecords.state.State;

/**
 * Everything an election's page shows: the election with its session and candidates, and
 * its recorded rounds as a table.
 *
 * @param election the election
 * @param rounds the votes of the rounds some figure is recorded for
 */
public record ElectionPage(Election election, RoundTable rounds) {

	static ElectionPage of(Election election) {
		return new ElectionPage(election, RoundTable.of(election));
	}

	/**
	 * The State a candidate is a national of: as the election record gives it, else as
	 * the person's own record does.
	 */
	public State nationality(Candidacy candidacy) {
		if (candidacy.getNationality() != null || candidacy.getPerson() == null) {
			return candidacy.getNationality();
		}
		return candidacy.getPerson().getNationality();
	}

	public boolean hasNationalities() {
		return any((candidacy) -> nationality(candidacy) != null);
	}

	public boolean hasLists() {
		return any((candidacy) -> candidacy.getListLabel() != null);
	}

	public boolean hasRegionalGroups() {
		return any((candidacy) -> candidacy.getRegionalGroup() != null);
	}

	public boolean hasRoles() {
		return any((candidacy) -> candidacy.getRole() != null);
	}

	public boolean hasOutcomes() {
		return any((candidacy) -> candidacy.getOutcome() != null);
	}

	public boolean hasElectedInRounds() {
		return any((candidacy) -> candidacy.getElectedInRound() != null);
	}

	public boolean hasIncumbency() {
		return any((candidacy) -> candidacy.getIncumbent() != null);
	}

	public boolean hasNotes() {
		return any((candidacy) -> candidacy.getNote() != null);
	}

	/**
	 * Whether more rounds were held than the sources give figures for.
	 */
	public boolean roundsMissing() {
		Integer held = this.election.getRoundCount();
		return held != null && held > this.rounds.rounds().size();
	}

	private boolean any(Predicate<Candidacy> test) {
		return this.election.getCandidates().stream().anyMatch(test);
	}

}
