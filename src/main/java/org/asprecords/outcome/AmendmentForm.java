package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;

/**
 * What an editor types to record or correct an amendment: the instrument amended, the
 * provision and what the amendment is about, and when it was adopted.
 */
public class AmendmentForm extends AdoptedOutcomeForm {

	static final List<String> COMPARED = List.of("published", "session", "slug", "instrument", "provision", "subject",
			"resolution", "adoptedOn", "sources");

	@NotNull(message = "{admin.amendments.instrument.required}")
	private Instrument instrument;

	@Size(max = 300)
	@PlainText
	private String provision;

	@NotBlank
	@Size(max = 2000)
	@PlainText(multiline = true)
	private String subject;

	@PlausibleDate
	private LocalDate adoptedOn;

	static AmendmentForm in(String session) {
		AmendmentForm form = new AmendmentForm();
		form.setSession(session);
		return form;
	}

	static AmendmentForm from(Amendment amendment) {
		AmendmentForm form = new AmendmentForm();
		form.readOutcome(amendment);
		form.instrument = amendment.getInstrument();
		form.provision = amendment.getProvision();
		form.subject = amendment.getSubject();
		form.adoptedOn = amendment.getAdoptedOn();
		return form;
	}

	void applyTo(Amendment amendment) {
		amendment.setInstrument(this.instrument);
		amendment.setProvision(FormSubmission.blankToNull(this.provision));
		amendment.setSubject(this.subject.strip());
		amendment.setAdoptedOn(this.adoptedOn);
	}

	public Instrument getInstrument() {
		return this.instrument;
	}

	public void setInstrument(Instrument instrument) {
		this.instrument = instrument;
	}

	public String getProvision() {
		return this.provision;
	}

	public void setProvision(String provision) {
		this.provision = provision;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

}
