package org.asprecords.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.Lines;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.RecordForm;
import org.asprecords.web.form.Slugs;
import org.asprecords.web.form.SourceList;

/**
 * What the form of every record a session holds under a key of its own (a side event, an
 * amendment, a policy, a decision) carries besides the kind's facts: the session, by its
 * slug, the key the record's address ends with, and the sources.
 */
public abstract class SessionRecordForm extends RecordForm {

	@NotBlank(message = "{admin.session-record.session.required}")
	@Size(max = Slugs.MAX_LENGTH)
	private String session;

	@NotBlank
	@Size(max = Slugs.MAX_LENGTH)
	@Pattern(regexp = Slugs.REQUIRED, message = "{admin.named.slug.pattern}")
	private String slug;

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	/**
	 * Takes the session, key, sources, version and published state of the record as
	 * saved.
	 */
	protected void readRecord(SessionRecord record) {
		this.session = record.getSession().getSlug();
		this.slug = record.getSlug();
		this.sources = Lines.join(record.getSources());
		readStateOf(record);
	}

	/**
	 * Gives the record its session, key, sources and published state.
	 */
	void applyTo(SessionRecord record, AssemblySession session) {
		record.setSession(session);
		record.setSlug(this.slug);
		record.setSources(Lines.of(this.sources));
		writeStateTo(record);
	}

	public String getSession() {
		return this.session;
	}

	public void setSession(String session) {
		this.session = session;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

}
