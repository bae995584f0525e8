package org.asprecords.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.asprecords.db.NamedRecord;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.Lines;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;
import org.asprecords.web.form.RecordForm;
import org.asprecords.web.form.Slugs;
import org.asprecords.web.form.SourceList;

/**
 * What an editor types to record or correct a statement. Related records are picked from
 * lists by their slugs: several at once for organizations and States; speakers, who each
 * have a role, in rows of which {@value #BLANK_ROWS} blank ones are offered for new
 * speakers.
 */
public class StatementForm extends RecordForm {

	static final int BLANK_ROWS = 3;

	static final int MAX_SPEAKERS = 50;

	static final List<String> COMPARED = List.of("published", "session", "slug", "segment", "deliveredOn",
			"speakerList", "speakerLabel", "speakerState", "organizations", "onBehalfLabel", "onBehalfStates",
			"sideEvent", "situations", "countries", "topics", "quote", "summary", "link", "sources");

	@NotBlank(message = "{admin.statements.session.required}")
	private String session;

	@NotBlank
	@Size(max = Slugs.MAX_LENGTH)
	@Pattern(regexp = Slugs.REQUIRED, message = "{admin.named.slug.pattern}")
	private String slug;

	@NotNull(message = "{admin.statements.segment.required}")
	private Segment segment;

	@PlausibleDate
	private LocalDate deliveredOn;

	@Size(max = MAX_SPEAKERS, message = "{admin.statement.too-many}")
	private List<@Valid SpeakerRow> speakers = new ArrayList<>();

	@Size(max = 300)
	@PlainText
	private String speakerLabel;

	@Size(max = 100)
	private String speakerState;

	@Size(max = 100, message = "{admin.statement.too-many}")
	private List<String> organizations = new ArrayList<>();

	@Size(max = 300)
	@PlainText
	private String onBehalfLabel;

	@Size(max = 300, message = "{admin.statement.too-many}")
	private List<String> onBehalfStates = new ArrayList<>();

	private Long sideEvent;

	@Size(max = 2000)
	@PlainText(multiline = true)
	private String situations;

	@Size(max = 300, message = "{admin.statement.too-many}")
	private List<String> countries = new ArrayList<>();

	@Size(max = 50, message = "{admin.statement.too-many}")
	private List<String> topics = new ArrayList<>();

	@Size(max = 10000)
	@PlainText(multiline = true)
	private String quote;

	@Size(max = 10000)
	@PlainText(multiline = true)
	private String summary;

	@Size(max = 2000)
	@PlainText
	@SourceList(urlsOnly = true, message = "{admin.statements.link.invalid}")
	private String link;

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	/** A form for a new statement, with blank speaker rows. */
	static StatementForm blank() {
		StatementForm form = new StatementForm();
		form.addBlankRows();
		return form;
	}

	static StatementForm from(Statement statement) {
		StatementForm form = new StatementForm();
		form.session = statement.getSession().getSlug();
		form.slug = statement.getSlug();
		form.segment = statement.getSegment();
		form.deliveredOn = statement.getDeliveredOn();
		form.speakers = new ArrayList<>(statement.getSpeakers().stream().map(SpeakerRow::new).toList());
		form.addBlankRows();
		form.speakerLabel = statement.getSpeakerLabel();
		form.speakerState = (statement.getSpeakerState() != null) ? statement.getSpeakerState().getSlug() : null;
		form.organizations = slugs(statement.getOrganizations());
		form.onBehalfLabel = statement.getOnBehalfLabel();
		form.onBehalfStates = slugs(statement.getOnBehalfStates());
		form.sideEvent = (statement.getSideEvent() != null) ? statement.getSideEvent().getId() : null;
		form.situations = Lines.join(statement.getSituations());
		form.countries = slugs(statement.getCountries());
		form.topics = new ArrayList<>(statement.getTopics());
		form.quote = statement.getQuote();
		form.summary = statement.getSummary();
		form.link = statement.getLink();
		form.sources = Lines.join(statement.getSources());
		form.readStateOf(statement);
		return form;
	}

	private static List<String> slugs(Iterable<? extends NamedRecord> records) {
		List<String> slugs = new ArrayList<>();
		records.forEach((record) -> slugs.add(record.getSlug()));
		return slugs;
	}

	private void addBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			this.speakers.add(new SpeakerRow());
		}
	}

	/** Copies the fields that need no lookup. */
	void applyTo(Statement statement) {
		statement.setSlug(this.slug);
		statement.setSegment(this.segment);
		statement.setDeliveredOn(this.deliveredOn);
		statement.setSpeakerLabel(FormSubmission.blankToNull(this.speakerLabel));
		statement.setOnBehalfLabel(FormSubmission.blankToNull(this.onBehalfLabel));
		statement.setSituations(Lines.of(this.situations));
		statement.setTopics(List.copyOf(this.topics));
		statement.setQuote(FormSubmission.blankToNull(this.quote));
		statement.setSummary(FormSubmission.blankToNull(this.summary));
		statement.setLink(FormSubmission.blankToNull(this.link));
		statement.setSources(Lines.of(this.sources));
		writeStateTo(statement);
	}

	/** The speakers typed, as the conflict page compares them. */
	public List<String> getSpeakerList() {
		return this.speakers.stream().filter((row) -> !row.isUnused()).map(SpeakerRow::toString).toList();
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

	public Segment getSegment() {
		return this.segment;
	}

	public void setSegment(Segment segment) {
		this.segment = segment;
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

	public void setDeliveredOn(LocalDate deliveredOn) {
		this.deliveredOn = deliveredOn;
	}

	public List<SpeakerRow> getSpeakers() {
		return this.speakers;
	}

	public void setSpeakers(List<SpeakerRow> speakers) {
		this.speakers = (speakers != null) ? speakers : new ArrayList<>();
	}

	public String getSpeakerLabel() {
		return this.speakerLabel;
	}

	public void setSpeakerLabel(String speakerLabel) {
		this.speakerLabel = speakerLabel;
	}

	public String getSpeakerState() {
		return this.speakerState;
	}

	public void setSpeakerState(String speakerState) {
		this.speakerState = speakerState;
	}

	public List<String> getOrganizations() {
		return this.organizations;
	}

	public void setOrganizations(List<String> organizations) {
		this.organizations = (organizations != null) ? organizations : new ArrayList<>();
	}

	public String getOnBehalfLabel() {
		return this.onBehalfLabel;
	}

	public void setOnBehalfLabel(String onBehalfLabel) {
		this.onBehalfLabel = onBehalfLabel;
	}

	public List<String> getOnBehalfStates() {
		return this.onBehalfStates;
	}

	public void setOnBehalfStates(List<String> onBehalfStates) {
		this.onBehalfStates = (onBehalfStates != null) ? onBehalfStates : new ArrayList<>();
	}

	public Long getSideEvent() {
		return this.sideEvent;
	}

	public void setSideEvent(Long sideEvent) {
		this.sideEvent = sideEvent;
	}

	public String getSituations() {
		return this.situations;
	}

	public void setSituations(String situations) {
		this.situations = situations;
	}

	public List<String> getCountries() {
		return this.countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = (countries != null) ? countries : new ArrayList<>();
	}

	public List<String> getTopics() {
		return this.topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = (topics != null) ? topics : new ArrayList<>();
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

}
