package org.asprecords.election;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.asprecords.election.RoundTable.CandidateVotes;
import org.asprecords.web.chart.Box;
import org.asprecords.web.chart.Frame;
import org.asprecords.web.chart.Line;
import org.asprecords.web.chart.Scale;
import org.asprecords.web.chart.ValueAxis;

/**
 * The votes of an election's recorded rounds as small multiples: one group of bars per
 * candidate, one bar per round the sources give the candidate's votes for, each followed
 * by its number and crossed by a mark at the majority the round required, where recorded.
 * An election of judges has many candidates and rounds: separate groups stay readable
 * where one line per candidate would tangle. Candidates without any recorded vote are
 * left out; an election without one has no chart.
 *
 * @param frame the drawing's size
 * @param axis the axis of votes
 * @param candidates the candidates drawn, in the order of the table
 * @param roundCount how many rounds give some candidate's votes
 */
public record VotesChart(Frame frame, ValueAxis axis, List<CandidateBars> candidates, int roundCount) {

	private static final double WIDTH = 360;

	/** The column of round labels. */
	private static final double LABELS = 58;

	/** Room for the number after the longest bar. */
	private static final double RIGHT = 36;

	private static final double TOP = 26;

	private static final double NAME = 19;

	private static final double LANE = 14;

	private static final double BAR = 10;

	private static final double GAP = 10;

	private static final int INTERVALS = 5;

	static VotesChart of(RoundTable table) {
		List<CandidateVotes> drawn = table.candidates()
			.stream()
			.filter((row) -> row.votes().stream().anyMatch((votes) -> votes != null))
			.toList();
		List<Integer> majorities = table.rounds().stream().map(ElectionRound::getRequiredMajority).toList();
		int largest = Stream.concat(drawn.stream().flatMap((row) -> row.votes().stream()), majorities.stream())
			.filter((value) -> value != null)
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
		double height = TOP + drawn.stream().mapToDouble((row) -> blockHeight(row)).sum();
		ValueAxis axis = new ValueAxis(Scale.zeroTo(largest, INTERVALS), LABELS, WIDTH - RIGHT, 14, TOP - 6,
				height - GAP / 2);
		List<CandidateBars> candidates = new ArrayList<>();
		double top = TOP;
		for (CandidateVotes row : drawn) {
			candidates.add(CandidateBars.of(row, table.rounds(), top, axis));
			top += blockHeight(row);
		}
		int rounds = (int) IntStream.range(0, table.rounds().size())
			.filter((r) -> drawn.stream().anyMatch((row) -> row.votes().get(r) != null))
			.count();
		return new VotesChart(Frame.of(WIDTH, height), axis, List.copyOf(candidates), rounds);
	}

	private static double blockHeight(CandidateVotes row) {
		return NAME + row.votes().stream().filter((votes) -> votes != null).count() * LANE + GAP;
	}

	public boolean isEmpty() {
		return this.candidates.isEmpty();
	}

	/**
	 * Where the labels of the rounds end, right-aligned before the bars.
	 */
	public double labelX() {
		return this.axis.start() - 6;
	}

	/**
	 * Whether some bar is crossed by its round's required majority.
	 */
	public boolean majorityMarked() {
		return this.candidates.stream()
			.flatMap((candidate) -> candidate.rounds().stream())
			.anyMatch((bar) -> bar.majority() != null);
	}

	/**
	 * One candidate's group of bars.
	 *
	 * @param candidacy the candidate
	 * @param nameY the baseline of the candidate's name, above the bars
	 * @param rounds a bar for each round with the candidate's votes, in order
	 */
	public record CandidateBars(Candidacy candidacy, double nameY, List<RoundBar> rounds) {

		static CandidateBars of(CandidateVotes row, List<ElectionRound> rounds, double top, ValueAxis axis) {
			List<RoundBar> bars = new ArrayList<>();
			double lane = top + NAME;
			for (int r = 0; r < rounds.size(); r++) {
				Integer votes = row.votes().get(r);
				if (votes != null) {
					bars.add(RoundBar.of(rounds.get(r), votes, lane, axis));
					lane += LANE;
				}
			}
			return new CandidateBars(row.candidacy(), top + 13, List.copyOf(bars));
		}

	}

	/**
	 * One round's bar of a candidate.
	 *
	 * @param round the round
	 * @param votes the candidate's votes in it
	 * @param box where the bar is drawn
	 * @param labelY the baseline of the round's label and of the number after the bar
	 * @param majority the mark of the round's required majority, or {@code null} where
	 * not recorded
	 */
	public record RoundBar(ElectionRound round, int votes, Box box, double labelY, Line majority) {

		static RoundBar of(ElectionRound round, int votes, double lane, ValueAxis axis) {
			Box box = Box.of(axis.start(), lane + (LANE - BAR) / 2, axis.length(votes), BAR);
			Integer majority = round.getRequiredMajority();
			return new RoundBar(round, votes, box, box.y() + BAR - 1.5,
					(majority != null) ? Line.vertical(axis.at(majority), lane, lane + LANE) : null);
		}

		/**
		 * Where the number after the bar starts.
		 */
		public double valueX() {
			return this.box.right() + 4;
		}

	}

}
