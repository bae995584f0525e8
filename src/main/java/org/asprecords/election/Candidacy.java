package org.asprecords.election;

import org.asprecords.db.Visibility;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.asprecords.person.Person;
import org.asprecords.state.RegionalGroup;
import org.asprecords.state.State;

/**
 * A person or a State standing in an election; part of its election, so it has no version
 * or sources of its own.
 */
@Audited
@Entity
@SQLRestriction(Candidacy.IN_SHOWN_ELECTION)
@Table(name = "candidacy")
public class Candidacy {

	/**
	 * The rule of who stands, kept by the form and the session file import alike: a
	 * person (a judge, a Prosecutor) or a State (a seat on the Bureau), one and not both.
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String whoRule(boolean person, boolean state) {
		return (person == state) ? "admin.election.candidate.who" : null;
	}

	/** A candidacy is shown with its election. */
	static final String IN_SHOWN_ELECTION = "exists (select 1 from election e where e.id = election_id"
			+ " and e.published and e.deleted_at is null and " + Visibility.SESSION + "e.session_id"
			+ Visibility.IS_SHOWN + ")" + Visibility.OR_ALL_RECORDS;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Election election;

	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	private State state;

	@ManyToOne(fetch = FetchType.LAZY)
	private State nationality;

	private String listLabel;

	@Enumerated(EnumType.STRING)
	private RegionalGroup regionalGroup;

	private String role;

	@Enumerated(EnumType.STRING)
	private CandidacyOutcome outcome;

	private Integer electedInRound;

	private Boolean incumbent;

	private String note;

	/**
	 * Its session's start date, which the database keeps (V26) so that an index hands a
	 * State's or a person's candidacies newest session first ({@link ElectionCatalog}).
	 * Read in queries only: the entity never writes it, and it is no part of the history.
	 */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private LocalDate sessionStart;

	public Long getId() {
		return this.id;
	}

	public Election getElection() {
		return this.election;
	}

	public void setElection(Election election) {
		this.election = election;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public Person getPerson() {
		return this.person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public State getState() {
		return this.state;
	}

	public void setState(State state) {
		this.state = state;
	}

	public State getNationality() {
		return this.nationality;
	}

	public void setNationality(State nationality) {
		this.nationality = nationality;
	}

	public String getListLabel() {
		return this.listLabel;
	}

	public void setListLabel(String listLabel) {
		this.listLabel = listLabel;
	}

	public RegionalGroup getRegionalGroup() {
		return this.regionalGroup;
	}

	public void setRegionalGroup(RegionalGroup regionalGroup) {
		this.regionalGroup = regionalGroup;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public CandidacyOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(CandidacyOutcome outcome) {
		this.outcome = outcome;
	}

	public Integer getElectedInRound() {
		return this.electedInRound;
	}

	public void setElectedInRound(Integer electedInRound) {
		this.electedInRound = electedInRound;
	}

	public Boolean getIncumbent() {
		return this.incumbent;
	}

	public void setIncumbent(Boolean incumbent) {
		this.incumbent = incumbent;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
