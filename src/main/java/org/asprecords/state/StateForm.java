package org.asprecords.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.NamedRecordForm;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;

/**
 * What an editor types to record or correct a State: besides the names and sources, its
 * ISO code, its regional group and, for a State Party, when it signed, when and how it
 * joined, when the Statute entered into force for it and its rank among States Parties.
 */
public class StateForm extends NamedRecordForm {

	@Size(max = 10)
	private String code;

	private RegionalGroup regionalGroup;

	@PlausibleDate
	private LocalDate signedOn;

	@PlausibleDate
	private LocalDate joinedOn;

	private JoinedBy joinedBy;

	@PlausibleDate
	private LocalDate partySince;

	@Positive
	@Max(999)
	private Integer partyOrdinal;

	@Size(max = 5000)
	@PlainText(multiline = true)
	private String statusNote;

	static StateForm from(State state) {
		StateForm form = new StateForm();
		form.fill(state);
		form.code = state.getCode();
		form.regionalGroup = state.getRegionalGroup();
		form.signedOn = state.getSignedOn();
		form.joinedOn = state.getJoinedOn();
		form.joinedBy = state.getJoinedBy();
		form.partySince = state.getPartySince();
		form.partyOrdinal = state.getPartyOrdinal();
		form.statusNote = state.getStatusNote();
		return form;
	}

	@Override
	protected List<String> detailFields() {
		return List.of("code", "regionalGroup", "signedOn", "joinedOn", "joinedBy", "partySince", "partyOrdinal",
				"statusNote");
	}

	void applyTo(State state) {
		String typed = FormSubmission.blankToNull(this.code);
		state.setCode((typed != null) ? typed.trim().toUpperCase(Locale.ROOT) : null);
		state.setRegionalGroup(this.regionalGroup);
		state.setSignedOn(this.signedOn);
		state.setJoinedOn(this.joinedOn);
		state.setJoinedBy(this.joinedBy);
		state.setPartySince(this.partySince);
		state.setPartyOrdinal(this.partyOrdinal);
		state.setStatusNote(FormSubmission.blankToNull(this.statusNote));
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public RegionalGroup getRegionalGroup() {
		return this.regionalGroup;
	}

	public void setRegionalGroup(RegionalGroup regionalGroup) {
		this.regionalGroup = regionalGroup;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}

	public JoinedBy getJoinedBy() {
		return this.joinedBy;
	}

	public void setJoinedBy(JoinedBy joinedBy) {
		this.joinedBy = joinedBy;
	}

	public LocalDate getPartySince() {
		return this.partySince;
	}

	public void setPartySince(LocalDate partySince) {
		this.partySince = partySince;
	}

	public Integer getPartyOrdinal() {
		return this.partyOrdinal;
	}

	public void setPartyOrdinal(Integer partyOrdinal) {
		this.partyOrdinal = partyOrdinal;
	}

	public String getStatusNote() {
		return this.statusNote;
	}

	public void setStatusNote(String statusNote) {
		this.statusNote = statusNote;
	}

}
