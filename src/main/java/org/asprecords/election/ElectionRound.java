package org.asprecords.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
