package org.asprecords.election;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.asprecords.state.RegionalGroup;
import org.asprecords.web.form.PlainText;

/**
 * One line of the candidates of the election form: a candidacy already recorded (with its
 * id) or a new one typed into a blank line. People and States are chosen by their slugs.
 */
public class CandidateRow extends FormLine {

	@Size(max = 200)
	private String person;

	@Size(max = 200)
	private String state;

	@Size(max = 200)
	private String nationality;

	@Size(max = 40)
	@PlainText
	private String listLabel;

	private RegionalGroup regionalGroup;

	@Size(max = 200)
	@PlainText
	private String role;

	private CandidacyOutcome outcome;

	@Positive
	@Max(999)
	private Integer electedInRound;

	private Boolean incumbent;

	@Size(max = 2000)
	@PlainText(multiline = true)
	private String note;

	static CandidateRow of(Candidacy candidacy) {
		CandidateRow row = new CandidateRow();
		row.setId(candidacy.getId());
		row.person = (candidacy.getPerson() != null) ? candidacy.getPerson().getSlug() : null;
		row.state = (candidacy.getState() != null) ? candidacy.getState().getSlug() : null;
		row.nationality = (candidacy.getNationality() != null) ? candidacy.getNationality().getSlug() : null;
		row.listLabel = candidacy.getListLabel();
		row.regionalGroup = candidacy.getRegionalGroup();
		row.role = candidacy.getRole();
		row.outcome = candidacy.getOutcome();
		row.electedInRound = candidacy.getElectedInRound();
		row.incumbent = candidacy.getIncumbent();
		row.note = candidacy.getNote();
		return row;
	}

	@Override
	public boolean isBlank() {
		return getId() == null
				&& Rows.blank(this.person, this.state, this.nationality, this.listLabel, this.role, this.note)
				&& Rows.none(this.regionalGroup, this.outcome, this.electedInRound, this.incumbent);
	}

	/**
	 * The line as one readable text, for the conflict page.
	 */
	String summary() {
		return Rows.join(", ", this.person, this.state, Rows.labelled("nationality", this.nationality),
				Rows.labelled("list", this.listLabel), this.regionalGroup, this.role, this.outcome,
				Rows.labelled("round", this.electedInRound),
				(this.incumbent != null) ? Rows.labelled("incumbent", this.incumbent) : null, this.note);
	}

	/**
	 * Whom the line names, in a word: the person, else the State, else the list.
	 */
	String who() {
		return Rows.join("",
				Rows.blank(this.person) ? (Rows.blank(this.state) ? this.listLabel : this.state) : this.person);
	}

	void applyTo(Candidacy candidacy) {
		candidacy.setListLabel(Rows.text(this.listLabel));
		candidacy.setRegionalGroup(this.regionalGroup);
		candidacy.setRole(Rows.text(this.role));
		candidacy.setOutcome(this.outcome);
		candidacy.setElectedInRound(this.electedInRound);
		candidacy.setIncumbent(this.incumbent);
		candidacy.setNote(Rows.text(this.note));
	}

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getState() {
		return this.state;
	}

	public void setState(String state) {
		this.state = state;
	}

	public String getNationality() {
		return this.nationality;
	}

	public void setNationality(String nationality) {
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
