package org.asprecords.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.asprecords.web.form.FormSubmission;
import org.asprecords.web.form.Lines;
import org.asprecords.web.form.PlainText;
import org.asprecords.web.form.PlausibleDate;
import org.asprecords.web.form.RecordForm;
import org.asprecords.web.form.SourceList;

/**
 * What an editor types to record or correct a resolution. The symbol may be typed in any
 * form people write it; it is stored in its canonical form.
 */
public class ResolutionForm extends RecordForm {

	@NotBlank
	@Size(max = 60)
	private String symbol;

	@NotBlank(message = "{admin.resolution.session.required}")
	private String session;

	@Size(max = 1000)
	@PlainText
	private String title;

	@PlausibleDate
	private LocalDate adoptedOn;

	@Size(max = 1000)
	@PlainText(multiline = true)
	private String adoptionNote;

	@PositiveOrZero
	@Max(999)
	private Integer plenaryMeeting;

	private AdoptionMethod adoption;

	@PositiveOrZero
	@Max(999)
	private Integer votesFor;

	@PositiveOrZero
	@Max(999)
	private Integer votesAgainst;

	@PositiveOrZero
	@Max(999)
	private Integer votesAbstaining;

	@Size(max = 10000)
	@PlainText(multiline = true)
	private String summary;

	private List<String> topics = new ArrayList<>();

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList(urlsOnly = true)
	private String documents;

	@Size(max = 5000)
	@PlainText(multiline = true)
	private String refersTo;

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	public static ResolutionForm from(Resolution resolution) {
		ResolutionForm form = new ResolutionForm();
		form.symbol = resolution.getSymbol();
		form.session = resolution.getSession().getSlug();
		form.title = resolution.getTitle();
		form.adoptedOn = resolution.getAdoptedOn();
		form.adoptionNote = resolution.getAdoptionNote();
		form.plenaryMeeting = resolution.getPlenaryMeeting();
		form.adoption = resolution.getAdoptionMethod();
		form.votesFor = resolution.getVotesFor();
		form.votesAgainst = resolution.getVotesAgainst();
		form.votesAbstaining = resolution.getVotesAbstaining();
		form.summary = resolution.getSummary();
		form.topics = new ArrayList<>(resolution.getTopics());
		form.documents = Lines.join(resolution.getDocuments());
		form.refersTo = Lines.join(resolution.getRefersTo().stream().map(Resolution::getSymbol).sorted().toList());
		form.sources = Lines.join(resolution.getSources());
		form.readStateOf(resolution);
		return form;
	}

	/**
	 * Vote counts belong to a vote, and only to a vote ({@link Resolution#votesRule}).
	 */
	@AssertTrue(message = "{admin.resolution.votes.only-for-vote}")
	public boolean isVotesMatchAdoption() {
		return Resolution.votesRule(this.adoption, this.votesFor, this.votesAgainst, this.votesAbstaining) == null;
	}

	void applyTo(Resolution resolution) {
		resolution.setTitle(FormSubmission.blankToNull(this.title));
		resolution.setAdoptedOn(this.adoptedOn);
		resolution.setAdoptionNote(FormSubmission.blankToNull(this.adoptionNote));
		resolution.setPlenaryMeeting(this.plenaryMeeting);
		resolution.setAdoptionMethod(this.adoption);
		resolution.setVotesFor(this.votesFor);
		resolution.setVotesAgainst(this.votesAgainst);
		resolution.setVotesAbstaining(this.votesAbstaining);
		resolution.setSummary(FormSubmission.blankToNull(this.summary));
		resolution.setTopics(List.copyOf(this.topics));
		resolution.setDocuments(Lines.of(this.documents));
		resolution.setSources(Lines.of(this.sources));
		writeStateTo(resolution);
	}

	public String getSymbol() {
		return this.symbol;
	}

	public void setSymbol(String symbol) {
		this.symbol = symbol;
	}

	public String getSession() {
		return this.session;
	}

	public void setSession(String session) {
		this.session = session;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public String getAdoptionNote() {
		return this.adoptionNote;
	}

	public void setAdoptionNote(String adoptionNote) {
		this.adoptionNote = adoptionNote;
	}

	public Integer getPlenaryMeeting() {
		return this.plenaryMeeting;
	}

	public void setPlenaryMeeting(Integer plenaryMeeting) {
		this.plenaryMeeting = plenaryMeeting;
	}

	public AdoptionMethod getAdoption() {
		return this.adoption;
	}

	public void setAdoption(AdoptionMethod adoption) {
		this.adoption = adoption;
	}

	public Integer getVotesFor() {
		return this.votesFor;
	}

	public void setVotesFor(Integer votesFor) {
		this.votesFor = votesFor;
	}

	public Integer getVotesAgainst() {
		return this.votesAgainst;
	}

	public void setVotesAgainst(Integer votesAgainst) {
		this.votesAgainst = votesAgainst;
	}

	public Integer getVotesAbstaining() {
		return this.votesAbstaining;
	}

	public void setVotesAbstaining(Integer votesAbstaining) {
		this.votesAbstaining = votesAbstaining;
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

	public String getDocuments() {
		return this.documents;
	}

	public void setDocuments(String documents) {
		this.documents = documents;
	}

	public String getRefersTo() {
		return this.refersTo;
	}

	public void setRefersTo(String refersTo) {
		this.refersTo = refersTo;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

}
