package org.asprecords.outcome;

import jakarta.validation.constraints.Size;
import org.asprecords.session.SessionRecordForm;

/**
 * The form of what a session adopts: besides the kind's facts, the symbol of the
 * resolution that adopted it, when the sources name one.
 */
public abstract class AdoptedOutcomeForm extends SessionRecordForm {

	@Size(max = 60)
	private String resolution;

	void readOutcome(AdoptedOutcome outcome) {
		readRecord(outcome);
		this.resolution = (outcome.getResolution() != null) ? outcome.getResolution().getSymbol() : null;
	}

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
	}

}
