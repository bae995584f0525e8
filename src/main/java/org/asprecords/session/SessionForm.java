package org.asprecords.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.Lines;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;
import org.asprecords.web.form.RecordForm;
import org.asprecords.web.form.SourceList;

/**
 * What an editor types to create or correct a session. Carries the version it was read
 * at, so that a save over someone else's newer save is caught rather than silently
 * overwriting it.
 */
@ConsistentSession
public class SessionForm extends RecordForm {

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*", message = "{admin.session.slug.pattern}")
	private String slug;

	@NotNull
	private SessionKind kind;

	@Positive
	@Max(999)
	private Integer number;

	@Positive
	@Max(99)
	private Integer resumption;

	private String parent;

	@PlausibleDate
	private LocalDate startDate;

	@NotNull
	private DatePrecision startPrecision = DatePrecision.DAY;

	@PlausibleDate
	private LocalDate endDate;

	@Size(max = 1000)
	@PlainText(multiline = true)
	private String dateNote;

	@Size(max = 100)
	@PlainText
	private String city;

	@Size(max = 100)
	@PlainText
	private String country;

	@Size(max = 200)
	@PlainText
	private String venue;

	@Size(max = 10000)
	@PlainText(multiline = true)
	private String summary;

	private List<String> topics = new ArrayList<>();

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	public static SessionForm from(AssemblySession session) {
		SessionForm form = new SessionForm();
		form.slug = session.getSlug();
		form.kind = session.getKind();
		form.number = session.getNumber();
		form.resumption = session.getResumption();
		form.parent = (session.getParent() != null) ? session.getParent().getSlug() : null;
		form.startDate = session.getStartDate();
		form.startPrecision = session.getStartPrecision();
		form.endDate = session.getEndDate();
		form.dateNote = session.getDateNote();
		form.city = session.getCity();
		form.country = session.getCountry();
		form.venue = session.getVenue();
		form.summary = session.getSummary();
		form.topics = new ArrayList<>(session.getTopics());
		form.sources = Lines.join(session.getSources());
		form.readStateOf(session);
		return form;
	}

	/**
	 * Copies what the editor typed onto the session; blank text becomes "not recorded".
	 */
	void applyTo(AssemblySession session, AssemblySession parentSession) {
		session.setSlug(this.slug.strip());
		session.setKind(this.kind);
		session.setNumber(this.number);
		session.setResumption(this.resumption);
		session.setParent(parentSession);
		session.setStartDate(this.startDate);
		session.setStartPrecision(this.startPrecision);
		session.setEndDate(this.endDate);
		session.setDateNote(FormSubmission.blankToNull(this.dateNote));
		session.setCity(FormSubmission.blankToNull(this.city));
		session.setCountry(FormSubmission.blankToNull(this.country));
		session.setVenue(FormSubmission.blankToNull(this.venue));
		session.setSummary(FormSubmission.blankToNull(this.summary));
		session.setTopics(List.copyOf(this.topics));
		session.setSources(Lines.of(this.sources));
		writeStateTo(session);
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public SessionKind getKind() {
		return this.kind;
	}

	public void setKind(SessionKind kind) {
		this.kind = kind;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public Integer getResumption() {
		return this.resumption;
	}

	public void setResumption(Integer resumption) {
		this.resumption = resumption;
	}

	public String getParent() {
		return this.parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public DatePrecision getStartPrecision() {
		return this.startPrecision;
	}

	public void setStartPrecision(DatePrecision startPrecision) {
		this.startPrecision = startPrecision;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public String getDateNote() {
		return this.dateNote;
	}

	public void setDateNote(String dateNote) {
		this.dateNote = dateNote;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<String> getTopics() {
		return this.topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = (topics != null) ? topics : new ArrayList<>();
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

}
