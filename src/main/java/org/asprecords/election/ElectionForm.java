package org.asprecords.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
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
 * What an editor types to record or correct an election, in one form: the election, its
 * candidates and its rounds with the votes of each candidate. Blank lines are ignored;
 * recorded lines carry their id, and are removed only when ticked so.
 */
public class ElectionForm extends RecordForm {

	/** Blank candidate lines offered below the recorded ones. */
	static final int BLANK_CANDIDATES = 3;

	/** Blank rounds offered after the recorded ones. */
	static final int BLANK_ROUNDS = 2;

	/** The most rounds an election records. */
	static final int MOST_ROUNDS = 120;

	@NotBlank(message = "{admin.election.session.required}")
	private String session;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{admin.election.slug.pattern}")
	private String slug;

	@NotNull(message = "{admin.election.body.required}")
	private ElectionBody body;

	@Positive
	@Max(999)
	private Integer seats;

	@Positive
	@Max(99)
	private Integer termYears;

	@PlausibleDate
	private LocalDate termStart;

	@Size(max = 1000)
	@PlainText(multiline = true)
	private String termNote;

	@PlausibleDate
	private LocalDate heldOn;

	@PlausibleDate
	private LocalDate heldUntil;

	private ElectionMethod method;

	@Positive
	@Max(999)
	private Integer roundCount;

	@Size(max = 500)
	@PlainText
	private String majorityRule;

	@Size(max = 10000)
	@PlainText(multiline = true)
	private String summary;

	@Size(max = 20000)
	@PlainText(multiline = true)
	@SourceList
	private String sources;

	@Size(max = 120, message = "{admin.election.candidates.too-many}")
	private List<@Valid CandidateRow> candidates = new ArrayList<>();

	@Size(max = MOST_ROUNDS, message = "{admin.election.rounds.too-many}")
	private List<@Valid RoundRow> rounds = new ArrayList<>();

	static ElectionForm from(Election election) {
		ElectionForm form = new ElectionForm();
		form.session = election.getSession().getSlug();
		form.slug = election.getSlug();
		form.body = election.getBody();
		form.seats = election.getSeats();
		form.termYears = election.getTermYears();
		form.termStart = election.getTermStart();
		form.termNote = election.getTermNote();
		form.heldOn = election.getHeldOn();
		form.heldUntil = election.getHeldUntil();
		form.method = election.getMethod();
		form.roundCount = election.getRoundCount();
		form.majorityRule = election.getMajorityRule();
		form.summary = election.getSummary();
		form.sources = Lines.join(election.getSources());
		form.candidates = election.getCandidates().stream().map(CandidateRow::of).collect(Collectors.toList());
		form.rounds = election.getRounds()
			.stream()
			.map((round) -> RoundRow.of(round, election.getCandidates()))
			.collect(Collectors.toList());
		form.readStateOf(election);
		return form;
	}

	void applyTo(Election election) {
		election.setSlug(this.slug.strip());
		election.setBody(this.body);
		election.setSeats(this.seats);
		election.setTermYears(this.termYears);
		election.setTermStart(this.termStart);
		election.setTermNote(FormSubmission.blankToNull(this.termNote));
		election.setHeldOn(this.heldOn);
		election.setHeldUntil(this.heldUntil);
		election.setMethod(this.method);
		election.setRoundCount(this.roundCount);
		election.setMajorityRule(FormSubmission.blankToNull(this.majorityRule));
		election.setSummary(FormSubmission.blankToNull(this.summary));
		election.setSources(Lines.of(this.sources));
		writeStateTo(election);
	}

	/**
	 * Adds blank lines where new candidates and rounds can be typed, so that the form
	 * works without scripts: always {@link #BLANK_CANDIDATES} and {@link #BLANK_ROUNDS}
	 * after the last filled ones, a column for each of the rounds held when their number
	 * is given (the eleven rounds of a judges election are typed in one save, not two at
	 * a time), and a vote cell for every candidate line in every round.
	 */
	ElectionForm withBlankRows() {
		int votesWide = this.rounds.stream().mapToInt((round) -> round.getVotes().size()).max().orElse(0);
		while (this.candidates.size() < votesWide || trailingBlanks(this.candidates) < BLANK_CANDIDATES) {
			this.candidates.add(new CandidateRow());
		}
		int held = (this.roundCount != null) ? Math.min(this.roundCount, MOST_ROUNDS) : 0;
		while (this.rounds.size() < held || trailingBlanks(this.rounds) < BLANK_ROUNDS) {
			this.rounds.add(new RoundRow());
		}
		for (RoundRow round : this.rounds) {
			while (round.getVotes().size() < this.candidates.size()) {
				round.getVotes().add(null);
			}
		}
		return this;
	}

	private static int trailingBlanks(List<? extends FormLine> lines) {
		int blanks = 0;
		for (int i = lines.size() - 1; i >= 0 && lines.get(i).isBlank(); i--) {
			blanks++;
		}
		return blanks;
	}

	/**
	 * The candidates kept, one a line, for the conflict page.
	 */
	public String getCandidatesSummary() {
		return this.candidates.stream()
			.filter(CandidateRow::isKept)
			.map(CandidateRow::summary)
			.collect(Collectors.joining("; "));
	}

	/**
	 * The rounds kept with their votes, for the conflict page.
	 */
	public String getRoundsSummary() {
		return this.rounds.stream()
			.filter(RoundRow::isKept)
			.map((round) -> round.summary(this.candidates))
			.collect(Collectors.joining("; "));
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

	public ElectionBody getBody() {
		return this.body;
	}

	public void setBody(ElectionBody body) {
		this.body = body;
	}

	public Integer getSeats() {
		return this.seats;
	}

	public void setSeats(Integer seats) {
		this.seats = seats;
	}

	public Integer getTermYears() {
		return this.termYears;
	}

	public void setTermYears(Integer termYears) {
		this.termYears = termYears;
	}

	public LocalDate getTermStart() {
		return this.termStart;
	}

	public void setTermStart(LocalDate termStart) {
		this.termStart = termStart;
	}

	public String getTermNote() {
		return this.termNote;
	}

	public void setTermNote(String termNote) {
		this.termNote = termNote;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public LocalDate getHeldUntil() {
		return this.heldUntil;
	}

	public void setHeldUntil(LocalDate heldUntil) {
		this.heldUntil = heldUntil;
	}

	public ElectionMethod getMethod() {
		return this.method;
	}

	public void setMethod(ElectionMethod method) {
		this.method = method;
	}

	public Integer getRoundCount() {
		return this.roundCount;
	}

	public void setRoundCount(Integer roundCount) {
		this.roundCount = roundCount;
	}

	public String getMajorityRule() {
		return this.majorityRule;
	}

	public void setMajorityRule(String majorityRule) {
		this.majorityRule = majorityRule;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

	public List<CandidateRow> getCandidates() {
		return this.candidates;
	}

	public void setCandidates(List<CandidateRow> candidates) {
		this.candidates = candidates;
	}

	public List<RoundRow> getRounds() {
		return this.rounds;
	}

	public void setRounds(List<RoundRow> rounds) {
		this.rounds = rounds;
	}

}
