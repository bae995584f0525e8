package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.asprecords.db.NamedRecord;
import org.asprecords.session.SessionRecordForm;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;

/**
 * What an editor types to record or correct a side event: its title and day, what was
 * said there, and its organizers and co-sponsoring States, picked by their slugs.
 */
public class SideEventForm extends SessionRecordForm {

	static final List<String> COMPARED = List.of("published", "session", "slug", "heldOn", "title", "summary",
			"organizers", "cosponsors", "sources");

	@PlausibleDate
	private LocalDate heldOn;

	@NotBlank
	@Size(max = 500)
	@PlainText
	private String title;

	@Size(max = 10000)
	@PlainText(multiline = true)
	private String summary;

	@Size(max = 100, message = "{admin.statement.too-many}")
	private List<String> organizers = new ArrayList<>();

	@Size(max = 300, message = "{admin.statement.too-many}")
	private List<String> cosponsors = new ArrayList<>();

	/** A blank form for a side event of a session, when the editor came from its page. */
	static SideEventForm in(String session) {
		SideEventForm form = new SideEventForm();
		form.setSession(session);
		return form;
	}

	static SideEventForm from(SideEvent event) {
		SideEventForm form = new SideEventForm();
		form.readRecord(event);
		form.heldOn = event.getHeldOn();
		form.title = event.getTitle();
		form.summary = event.getSummary();
		form.organizers = event.getOrganizers().stream().map(NamedRecord::getSlug).toList();
		form.cosponsors = event.getCosponsors().stream().map(NamedRecord::getSlug).toList();
		return form;
	}

	void applyTo(SideEvent event) {
		event.setHeldOn(this.heldOn);
		event.setTitle(this.title.strip());
		event.setSummary(FormSubmission.blankToNull(this.summary));
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<String> getOrganizers() {
		return this.organizers;
	}

	public void setOrganizers(List<String> organizers) {
		this.organizers = organizers;
	}

	public List<String> getCosponsors() {
		return this.cosponsors;
	}

	public void setCosponsors(List<String> cosponsors) {
		this.cosponsors = cosponsors;
	}

}
