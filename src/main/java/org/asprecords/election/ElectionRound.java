package org.asprecords.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

@Audited
@Entity
@Table(name = "election_round")
public class ElectionRound {

	/** The most votes a candidate can have in a round (the Assembly has 125 States). */
	public static final int MOST_VOTES = 9999;

	/**
	 * The rule of a round's valid ballots, kept by the election form and the session file
	 * import alike: no more than the ballots cast.
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String validBallotsRule(Integer validBallots, Integer ballotsCast) {
		return above(validBallots, ballotsCast) ? "admin.election.round.valid.above-cast" : null;
	}

	/**
	 * The rule of a round's required majority: no more than the valid ballots.
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String requiredMajorityRule(Integer requiredMajority, Integer validBallots) {
		return above(requiredMajority, validBallots) ? "admin.election.round.majority.above-valid" : null;
	}

	/**
	 * The rule of a candidate's votes in a round: from 0 to {@link #MOST_VOTES}, and no
	 * more than the valid ballots.
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String votesRule(int votes, Integer validBallots) {
		if (votes < 0 || votes > MOST_VOTES) {
			return "admin.election.votes.range";
		}
		return above(votes, validBallots) ? "admin.election.votes.above-valid" : null;
	}

	/**
	 * The rule of a round's number: one round a number, and within the rounds held when
	 * their number is given.
	 * @param taken whether an earlier round of the election has the number
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String numberRule(int number, boolean taken, Integer roundsHeld) {
		if (taken) {
			return "admin.election.round.number.taken";
		}
		return above(number, roundsHeld) ? "admin.election.round.number.above-count" : null;
	}

	/**
	 * The rule of the round a candidate was elected in: a round recorded, or one within
	 * the rounds held when their number is given.
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String electedInRoundRule(Integer round, Set<Integer> recorded, Integer roundsHeld) {
		boolean known = round == null || round <= 0 || recorded.contains(round)
				|| (roundsHeld != null && round <= roundsHeld);
		return known ? null : "admin.election.candidate.round.unknown";
	}

	private static boolean above(Integer value, Integer limit) {
		return value != null && limit != null && value > limit;
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Election election;

	private int number;

	private LocalDate heldOn;

	private Integer ballotsCast;

	private Integer invalidBallots;

	private Integer abstentions;

	private Integer validBallots;

	private Integer requiredMajority;

	private String note;

	@ElementCollection
	@OrderColumn(name = "position")
	@CollectionTable(name = "round_vote", joinColumns = @JoinColumn(name = "round_id"))
	private List<RoundVote> votes = new ArrayList<>();

	public Long getId() {
		return this.id;
	}

	public Election getElection() {
		return this.election;
	}

	public void setElection(Election election) {
		this.election = election;
	}

	public int getNumber() {
		return this.number;
	}

	public void setNumber(int number) {
		this.number = number;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Integer getBallotsCast() {
		return this.ballotsCast;
	}

	public void setBallotsCast(Integer ballotsCast) {
		this.ballotsCast = ballotsCast;
	}

	public Integer getInvalidBallots() {
		return this.invalidBallots;
	}

	public void setInvalidBallots(Integer invalidBallots) {
		this.invalidBallots = invalidBallots;
	}

	public Integer getAbstentions() {
		return this.abstentions;
	}

	public void setAbstentions(Integer abstentions) {
		this.abstentions = abstentions;
	}

	public Integer getValidBallots() {
		return this.validBallots;
	}

	public void setValidBallots(Integer validBallots) {
		this.validBallots = validBallots;
	}

	public Integer getRequiredMajority() {
		return this.requiredMajority;
	}

	public void setRequiredMajority(Integer requiredMajority) {
		this.requiredMajority = requiredMajority;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/**
	 * Replaces the votes of a round read from the history with those read for all its
	 * election's rounds at once ({@link ElectionHistory#readVotesAt}).
	 */
	void votesReadAt(List<RoundVote> votes) {
		this.votes = votes;
	}

	public List<RoundVote> getVotes() {
		return this.votes;
	}

	public void setVotes(List<RoundVote> votes) {
		this.votes = new ArrayList<>(votes);
	}

	public void addVote(Candidacy candidacy, int votes) {
		this.votes.add(new RoundVote(candidacy, votes));
	}

}
