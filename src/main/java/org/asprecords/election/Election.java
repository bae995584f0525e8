package org.asprecords.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.asprecords.db.Visibility;
import org.asprecords.session.SessionRecord;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "election")
public class Election extends SessionRecord {

	/**
	 * The rule of an election's days, kept by the form and the session file import alike:
	 * the last not before the first.
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String heldRule(LocalDate heldOn, LocalDate heldUntil) {
		return (heldOn != null && heldUntil != null && heldUntil.isBefore(heldOn)) ? "admin.election.held-until.before"
				: null;
	}

	@Enumerated(EnumType.STRING)
	private ElectionBody body;

	private Integer seats;

	private Integer termYears;

	private LocalDate termStart;

	private String termNote;

	private LocalDate heldOn;

	private LocalDate heldUntil;

	@Enumerated(EnumType.STRING)
	private ElectionMethod method;

	private Integer roundCount;

	private String majorityRule;

	private String summary;

	@OneToMany(mappedBy = "election", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Candidacy> candidates = new ArrayList<>();

	@OneToMany(mappedBy = "election", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<ElectionRound> rounds = new ArrayList<>();

	public ElectionBody getBody() {
		return this.body;
	}

	public void setBody(ElectionBody body) {
		this.body = body;
	}

	public Integer getSeats() {
		return this.seats;
	}

	public void setSeats(Integer seats) {
		this.seats = seats;
	}

	public Integer getTermYears() {
		return this.termYears;
	}

	public void setTermYears(Integer termYears) {
		this.termYears = termYears;
	}

	public LocalDate getTermStart() {
		return this.termStart;
	}

	public void setTermStart(LocalDate termStart) {
		this.termStart = termStart;
	}

	public String getTermNote() {
		return this.termNote;
	}

	public void setTermNote(String termNote) {
		this.termNote = termNote;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public LocalDate getHeldUntil() {
		return this.heldUntil;
	}

	public void setHeldUntil(LocalDate heldUntil) {
		this.heldUntil = heldUntil;
	}

	public ElectionMethod getMethod() {
		return this.method;
	}

	public void setMethod(ElectionMethod method) {
		this.method = method;
	}

	public Integer getRoundCount() {
		return this.roundCount;
	}

	public void setRoundCount(Integer roundCount) {
		this.roundCount = roundCount;
	}

	public String getMajorityRule() {
		return this.majorityRule;
	}

	public void setMajorityRule(String majorityRule) {
		this.majorityRule = majorityRule;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<Candidacy> getCandidates() {
		return this.candidates;
	}

	/** The candidates elected, in the order of the candidates. */
	public List<Candidacy> getElected() {
		return this.candidates.stream()
			.filter((candidacy) -> candidacy.getOutcome() == CandidacyOutcome.ELECTED)
			.toList();
	}

	public List<ElectionRound> getRounds() {
		return this.rounds;
	}

	public void addCandidate(Candidacy candidacy) {
		candidacy.setElection(this);
		this.candidates.add(candidacy);
	}

	public void addRound(ElectionRound round) {
		round.setElection(this);
		this.rounds.add(round);
	}

}
