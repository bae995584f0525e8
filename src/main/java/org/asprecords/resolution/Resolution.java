package org.asprecords.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.RecordEntity;
import org.asprecords.db.Visibility;
import org.asprecords.session.AssemblySession;
import org.asprecords.topic.Topic;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "resolution")
public class Resolution extends RecordEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private AssemblySession session;

	private String symbol;

	private String symbolSession;

	private int number;

	private String title;

	private LocalDate adoptedOn;

	private String adoptionNote;

	private Integer plenaryMeeting;

	@Enumerated(EnumType.STRING)
	private AdoptionMethod adoptionMethod;

	private Integer votesFor;

	private Integer votesAgainst;

	private Integer votesAbstaining;

	private String summary;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> topics = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> documents = new ArrayList<>();

	@ManyToMany
	// Hibernate qualifies the columns with the alias of the resolutions referred to.
	@SQLRestriction(Visibility.SHOWN_IN_SESSION)
	@JoinTable(name = "resolution_reference", joinColumns = @JoinColumn(name = "resolution_id"),
			inverseJoinColumns = @JoinColumn(name = "refers_to_id"))
	private Set<Resolution> refersTo = new LinkedHashSet<>();

	public AssemblySession getSession() {
		return this.session;
	}

	/**
	 * Records the resolution under its symbol, adopted at a session: the symbol's session
	 * part must be that session's ({@code ICC-ASP/22/...} at the 22nd). The forms and the
	 * session file import both record it so.
	 * @throws FieldRejectedException on {@code symbol} when the symbol is another
	 * session's
	 */
	public void adoptedAt(AssemblySession session, ResolutionSymbol symbol) {
		if (!symbol.session().equals(ResolutionSymbol.sessionCode(session))) {
			throw new FieldRejectedException("symbol", "admin.resolution.symbol.other-session", session.getSlug());
		}
		this.session = session;
		this.symbol = symbol.canonical();
		this.symbolSession = symbol.session();
		this.number = symbol.number();
	}

	/**
	 * Whether the resolution was adopted at a session: what a session adopts by
	 * resolution (its budget, amendments, policies, decisions) cites one of its own.
	 */
	public boolean isAdoptedAt(AssemblySession session) {
		return this.session == session
				|| (session.getId() != null && this.session != null && session.getId().equals(this.session.getId()));
	}

	/**
	 * The rule of vote counts, kept by the form and the session file import alike: they
	 * belong to a resolution adopted by a vote, and only to one.
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String votesRule(AdoptionMethod adoption, Integer votesFor, Integer votesAgainst,
			Integer votesAbstaining) {
		boolean counts = votesFor != null || votesAgainst != null || votesAbstaining != null;
		return (adoption == AdoptionMethod.VOTE || !counts) ? null : "admin.resolution.votes.only-for-vote";
	}

	public String getSymbol() {
		return this.symbol;
	}

	public String getSymbolSession() {
		return this.symbolSession;
	}

	public int getNumber() {
		return this.number;
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

	public AdoptionMethod getAdoptionMethod() {
		return this.adoptionMethod;
	}

	public void setAdoptionMethod(AdoptionMethod adoptionMethod) {
		this.adoptionMethod = adoptionMethod;
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

	/** Keeps the topics in the order of {@link Topic}, however they were entered. */
	public void setTopics(List<String> topics) {
		this.topics = (topics != null) ? new ArrayList<>(Topic.inOrder(topics)) : new ArrayList<>();
	}

	public List<String> getDocuments() {
		return this.documents;
	}

	public void setDocuments(List<String> documents) {
		this.documents = (documents != null) ? new ArrayList<>(documents) : new ArrayList<>();
	}

	public Set<Resolution> getRefersTo() {
		return this.refersTo;
	}

	public void setRefersTo(Set<Resolution> refersTo) {
		this.refersTo = new LinkedHashSet<>(refersTo);
	}

}
