package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;

/**
 * What an editor types to record or correct a policy the Assembly adopted: its name, when
 * it was adopted and what it does.
 */
public class PolicyForm extends AdoptedOutcomeForm {

	static final List<String> COMPARED = List.of("published", "session", "slug", "name", "resolution", "adoptedOn",
			"summary", "sources");

	@NotBlank
	@Size(max = 500)
	@PlainText
	private String name;

	@PlausibleDate
	private LocalDate adoptedOn;

	@Size(max = 10000)
	@PlainText(multiline = true)
	private String summary;

	static PolicyForm in(String session) {
		PolicyForm form = new PolicyForm();
		form.setSession(session);
		return form;
	}

	static PolicyForm from(Policy policy) {
		PolicyForm form = new PolicyForm();
		form.readOutcome(policy);
		form.name = policy.getName();
		form.adoptedOn = policy.getAdoptedOn();
		form.summary = policy.getSummary();
		return form;
	}

	void applyTo(Policy policy) {
		policy.setName(this.name.strip());
		policy.setAdoptedOn(this.adoptedOn);
		policy.setSummary(FormSubmission.blankToNull(this.summary));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
