package org.asprecords.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;

/**
 * One round of the election form: a round already recorded (with its id) or a new one
 * typed into a blank column, with the votes of each candidate line ({@code votes[i]} for
 * {@code candidates[i]}; blank where the sources give no figure).
 */
public class RoundRow extends FormLine {

	@Positive
	@Max(999)
	private Integer number;

	@PlausibleDate
	private LocalDate heldOn;

	@PositiveOrZero
	@Max(9999)
	private Integer ballotsCast;

	@PositiveOrZero
	@Max(9999)
	private Integer invalidBallots;

	@PositiveOrZero
	@Max(9999)
	private Integer abstentions;

	@PositiveOrZero
	@Max(9999)
	private Integer validBallots;

	@PositiveOrZero
	@Max(9999)
	private Integer requiredMajority;

	@Size(max = 2000)
	@PlainText(multiline = true)
	private String note;

	private List<Integer> votes = new ArrayList<>();

	static RoundRow of(ElectionRound round, List<Candidacy> candidates) {
		RoundRow row = new RoundRow();
		row.setId(round.getId());
		row.number = round.getNumber();
		row.heldOn = round.getHeldOn();
		row.ballotsCast = round.getBallotsCast();
		row.invalidBallots = round.getInvalidBallots();
		row.abstentions = round.getAbstentions();
		row.validBallots = round.getValidBallots();
		row.requiredMajority = round.getRequiredMajority();
		row.note = round.getNote();
		for (Candidacy candidacy : candidates) {
			row.votes.add(round.getVotes()
				.stream()
				.filter((vote) -> vote.getCandidacy().getId().equals(candidacy.getId()))
				.map(RoundVote::getVotes)
				.findFirst()
				.orElse(null));
		}
		return row;
	}

	@Override
	public boolean isBlank() {
		return getId() == null
				&& Rows.blank(this.note) && Rows.none(this.number, this.heldOn, this.ballotsCast, this.invalidBallots,
						this.abstentions, this.validBallots, this.requiredMajority)
				&& this.votes.stream().allMatch(Objects::isNull);
	}

	/**
	 * The round as one readable text, for the conflict page.
	 * @param candidates the candidate lines, to name whom each vote went to
	 */
	String summary(List<CandidateRow> candidates) {
		List<String> cast = new ArrayList<>();
		for (int i = 0; i < this.votes.size(); i++) {
			if (this.votes.get(i) != null) {
				String who = (i < candidates.size()) ? candidates.get(i).who() : "";
				cast.add(Rows.join(" ", who, this.votes.get(i)));
			}
		}
		return Rows.join(", ", Rows.labelled("round", this.number), this.heldOn,
				Rows.labelled("cast", this.ballotsCast), Rows.labelled("invalid", this.invalidBallots),
				Rows.labelled("abstentions", this.abstentions), Rows.labelled("valid", this.validBallots),
				Rows.labelled("majority", this.requiredMajority), this.note,
				cast.isEmpty() ? null : Rows.labelled("votes", String.join(", ", cast)));
	}

	void applyTo(ElectionRound round) {
		round.setNumber(this.number);
		round.setHeldOn(this.heldOn);
		round.setBallotsCast(this.ballotsCast);
		round.setInvalidBallots(this.invalidBallots);
		round.setAbstentions(this.abstentions);
		round.setValidBallots(this.validBallots);
		round.setRequiredMajority(this.requiredMajority);
		round.setNote(Rows.text(this.note));
	}

	/**
	 * The votes of candidate line {@code index}, or {@code null} where none are typed.
	 */
	Integer votesOf(int index) {
		return (index < this.votes.size()) ? this.votes.get(index) : null;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
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

	public List<Integer> getVotes() {
		return this.votes;
	}

	public void setVotes(List<Integer> votes) {
		this.votes = (votes != null) ? votes : new ArrayList<>();
	}

}
