package org.asprecords.election;

import java.util.Arrays;
import java.util.List;

import org.asprecords.election.RoundTable.CandidateVotes;
import org.asprecords.election.VotesChart.CandidateBars;
import org.asprecords.election.VotesChart.RoundBar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The votes chart: a group of bars per candidate with votes, a bar per round recorded for
 * them, and the round's required majority marked where it is recorded.
 */
class VotesChartTest {

	private final ElectionRound first = round(1, 82);

	private final ElectionRound second = round(2, null);

	private final ElectionRound third = round(3, 80);

	@Test
	void eachCandidateHasABarForEachRoundThatGivesTheirVotes() {
		VotesChart chart = VotesChart.of(table(votes("a", 60, 75, 90), votes("b", 40, null, null)));

		assertThat(chart.candidates()).hasSize(2);
		assertThat(chart.candidates().get(0).rounds()).extracting((bar) -> bar.round().getNumber(), RoundBar::votes)
			.containsExactly(tuple(1, 60), tuple(2, 75), tuple(3, 90));
		assertThat(chart.candidates().get(1).rounds()).extracting(RoundBar::votes).containsExactly(40);
		assertThat(chart.roundCount()).isEqualTo(3);
	}

	@Test
	void aCandidateWithoutRecordedVotesIsLeftOutAndAnElectionWithoutVotesHasNoChart() {
		VotesChart chart = VotesChart.of(table(votes("a", 60, 75, 90), votes("withdrew", null, null, null)));
		assertThat(chart.candidates()).extracting((candidate) -> candidate.candidacy().getListLabel())
			.containsExactly("a");

		assertThat(VotesChart.of(table(votes("a", null, null, null))).isEmpty()).isTrue();
	}

	@Test
	void barsStartAtZeroAndTheRequiredMajorityIsMarkedWhereRecorded() {
		VotesChart chart = VotesChart.of(table(votes("a", 60, 75, 0), votes("b", 40, 20, 10)));

		List<RoundBar> bars = chart.candidates().stream().flatMap((candidate) -> candidate.rounds().stream()).toList();
		assertThat(bars).allSatisfy((bar) -> {
			assertThat(bar.box().x()).isEqualTo(chart.axis().start());
			assertThat(bar.box().width()).isEqualTo(chart.axis().length(bar.votes()));
		});
		RoundBar firstOfA = chart.candidates().get(0).rounds().get(0);
		assertThat(firstOfA.majority().x1()).isEqualTo(chart.axis().at(82)).isEqualTo(firstOfA.majority().x2());
		assertThat(firstOfA.majority().y1()).isLessThanOrEqualTo(firstOfA.box().y());
		assertThat(firstOfA.majority().y2()).isGreaterThanOrEqualTo(firstOfA.box().y() + firstOfA.box().height());
		assertThat(chart.candidates().get(0).rounds().get(1).majority()).isNull();
		assertThat(chart.candidates().get(0).rounds().get(2).box().width()).isZero();
		assertThat(chart.majorityMarked()).isTrue();
	}

	@Test
	void aMajorityAboveEveryCountStillFitsTheAxis() {
		VotesChart chart = VotesChart.of(table(votes("a", 60, 75, 78)));

		assertThat(chart.axis().scale().max()).isGreaterThanOrEqualTo(82);
		assertThat(chart.candidates().get(0).rounds().get(0).majority().x1()).isLessThanOrEqualTo(chart.axis().end());
	}

	@Test
	void groupsFollowOneAnotherDownTheDrawing() {
		VotesChart chart = VotesChart.of(table(votes("a", 60, 75, 90), votes("b", 40, null, 10)));

		CandidateBars a = chart.candidates().get(0);
		CandidateBars b = chart.candidates().get(1);
		RoundBar lastOfA = a.rounds().get(2);
		assertThat(a.nameY()).isLessThan(a.rounds().get(0).box().y());
		assertThat(lastOfA.box().y() + lastOfA.box().height()).isLessThan(b.nameY());
		assertThat(b.rounds().get(1).box().y()).isLessThan(chart.frame().height());
	}

	private RoundTable table(CandidateVotes... candidates) {
		return new RoundTable(List.of(this.first, this.second, this.third), Arrays.asList(candidates), List.of());
	}

	private static CandidateVotes votes(String label, Integer... votes) {
		Candidacy candidacy = new Candidacy();
		candidacy.setListLabel(label);
		return new CandidateVotes(candidacy, Arrays.asList(votes));
	}

	private static ElectionRound round(int number, Integer majority) {
		ElectionRound round = new ElectionRound();
		round.setNumber(number);
		round.setRequiredMajority(majority);
		return round;
	}

}
