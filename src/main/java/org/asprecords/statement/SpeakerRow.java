package org.asprecords.statement;

import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.PlainText;

/**
 * One row of a statement form's speakers: the person (picked by slug) and the role the
 * source gives. A blank row is ignored; a row marked {@code remove} is dropped.
 */
public class SpeakerRow {

	@Size(max = 100)
	private String person;

	@Size(max = 300)
	@PlainText
	private String role;

	private boolean remove;

	public SpeakerRow() {
	}

	SpeakerRow(Speaker speaker) {
		this.person = speaker.getPerson().getSlug();
		this.role = speaker.getRole();
	}

	/** Whether the row names nobody (blank, or marked for removal). */
	boolean isUnused() {
		return this.remove
				|| (FormSubmission.blankToNull(this.person) == null && FormSubmission.blankToNull(this.role) == null);
	}

	@Override
	public String toString() {
		String role = FormSubmission.blankToNull(this.role);
		return (role != null) ? this.person + " (" + role + ")" : this.person;
	}

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}
