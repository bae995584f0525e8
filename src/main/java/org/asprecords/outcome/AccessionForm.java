package org.asprecords.outcome;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.Lines;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.RecordForm;
import org.asprecords.web.form.Slugs;
import org.asprecords.web.form.SourceList;

/**
 * What an editor types to record or correct the accession of a State announced at a
 * session: the session and the State, by their slugs, and what the sources say of it.
 */
public class AccessionForm extends RecordForm {

	static final List<String> COMPARED = List.of("published", "session", "state", "note", "sources");

	@NotBlank(message = "{admin.session-record.session.required}")
	@Size(max = Slugs.MAX_LENGTH)
	private String session;

	@NotBlank(message = "{admin.accessions.state.required}")
	@Size(max = Slugs.MAX_LENGTH)
	private String state;

	@Size(max = 5000)
	@PlainText(multiline = true)
	private String note;

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	static AccessionForm in(String session) {
		AccessionForm form = new AccessionForm();
		form.session = session;
		return form;
	}

	static AccessionForm from(Accession accession) {
		AccessionForm form = new AccessionForm();
		form.session = accession.getSession().getSlug();
		form.state = accession.getState().getSlug();
		form.note = accession.getNote();
		form.sources = Lines.join(accession.getSources());
		form.readStateOf(accession);
		return form;
	}

	void applyTo(Accession accession) {
		accession.setNote(FormSubmission.blankToNull(this.note));
		accession.setSources(Lines.of(this.sources));
		writeStateTo(accession);
	}

	public String getSession() {
		return this.session;
	}

	public void setSession(String session) {
		this.session = session;
	}

	public String getState() {
		return this.state;
	}

	public void setState(String state) {
		this.state = state;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

}
