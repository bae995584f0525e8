package org.asprecords.session;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.Lines;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;
import org.asprecords.web.form.RecordForm;
import org.asprecords.web.form.Slugs;
import org.asprecords.web.form.SourceList;

/**
 * What an editor types to record or correct a President of the Assembly: the person, by
 * slug, the first and last sessions of the term when known, the day of the election, and
 * the term as the sources put it.
 */
public class PresidentForm extends RecordForm {

	static final List<String> COMPARED = List.of("published", "person", "fromSession", "toSession", "electedOn",
			"periodNote", "sources");

	@NotBlank(message = "{admin.presidents.person.required}")
	@Size(max = Slugs.MAX_LENGTH)
	private String person;

	@Size(max = Slugs.MAX_LENGTH)
	private String fromSession;

	@Size(max = Slugs.MAX_LENGTH)
	private String toSession;

	@PlausibleDate
	private LocalDate electedOn;

	@Size(max = 500)
	@PlainText
	private String periodNote;

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	/**
	 * A blank form for a presidency from a session, when the editor came from its page.
	 */
	static PresidentForm in(String session) {
		PresidentForm form = new PresidentForm();
		form.fromSession = session;
		return form;
	}

	static PresidentForm from(AssemblyPresident president) {
		PresidentForm form = new PresidentForm();
		form.person = president.getPerson().getSlug();
		form.fromSession = (president.getFromSession() != null) ? president.getFromSession().getSlug() : null;
		form.toSession = (president.getToSession() != null) ? president.getToSession().getSlug() : null;
		form.electedOn = president.getElectedOn();
		form.periodNote = president.getPeriodNote();
		form.sources = Lines.join(president.getSources());
		form.readStateOf(president);
		return form;
	}

	void applyTo(AssemblyPresident president) {
		president.setElectedOn(this.electedOn);
		president.setPeriodNote(FormSubmission.blankToNull(this.periodNote));
		president.setSources(Lines.of(this.sources));
		writeStateTo(president);
	}

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getFromSession() {
		return this.fromSession;
	}

	public void setFromSession(String fromSession) {
		this.fromSession = fromSession;
	}

	public String getToSession() {
		return this.toSession;
	}

	public void setToSession(String toSession) {
		this.toSession = toSession;
	}

	public LocalDate getElectedOn() {
		return this.electedOn;
	}

	public void setElectedOn(LocalDate electedOn) {
		this.electedOn = electedOn;
	}

	public String getPeriodNote() {
		return this.periodNote;
	}

	public void setPeriodNote(String periodNote) {
		this.periodNote = periodNote;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

}
