package org.asprecords.election;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The recorded rounds of an election as a grid: one row per candidate and one column per
 * round, then the rows of the ballots where any round records them. A cell is
 * {@code null} where the sources give no figure.
 *
 * @param rounds the rounds some figure is recorded for, in order
 * @param candidates the votes of each candidate, in the order of the candidates
 * @param totals the rows of ballot figures (cast, invalid, ...) that some round records
 */
public record RoundTable(List<ElectionRound> rounds, List<CandidateVotes> candidates, List<BallotFigures> totals) {

	static RoundTable of(Election election) {
		List<ElectionRound> rounds = election.getRounds();
		List<Map<Long, Integer>> votesByRound = rounds.stream()
			.map((round) -> round.getVotes()
				.stream()
				.collect(Collectors.toMap((vote) -> vote.getCandidacy().getId(), RoundVote::getVotes)))
			.toList();
		List<CandidateVotes> candidates = election.getCandidates()
			.stream()
			.map((candidacy) -> new CandidateVotes(candidacy,
					votesByRound.stream().map((votes) -> votes.get(candidacy.getId())).toList()))
			.toList();
		List<BallotFigures> totals = List
			.of(figures("ballots-cast", rounds, ElectionRound::getBallotsCast),
					figures("invalid", rounds, ElectionRound::getInvalidBallots),
					figures("abstentions", rounds, ElectionRound::getAbstentions),
					figures("valid", rounds, ElectionRound::getValidBallots),
					figures("required-majority", rounds, ElectionRound::getRequiredMajority))
			.stream()
			.filter(BallotFigures::recorded)
			.toList();
		return new RoundTable(rounds, candidates, totals);
	}

	public boolean isEmpty() {
		return this.rounds.isEmpty();
	}

	private static BallotFigures figures(String key, List<ElectionRound> rounds,
			Function<ElectionRound, Integer> figure) {
		return new BallotFigures(key, rounds.stream().map(figure).toList());
	}

	/**
	 * @param candidacy the candidate
	 * @param votes the candidate's votes in each round of the table
	 */
	public record CandidateVotes(Candidacy candidacy, List<Integer> votes) {
	}

	/**
	 * @param key the figure's message key suffix ({@code election.rounds.<key>})
	 * @param values the figure in each round of the table
	 */
	public record BallotFigures(String key, List<Integer> values) {

		public boolean recorded() {
			return this.values.stream().anyMatch((value) -> value != null);
		}

	}

}
