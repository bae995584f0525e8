package org.asprecords.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.asprecords.db.NamedRecord;
import org.asprecords.db.Visibility;
import org.asprecords.organization.Organization;
import org.asprecords.outcome.SideEvent;
import org.asprecords.session.SessionRecord;
import org.asprecords.state.State;
import org.asprecords.topic.Topic;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A statement made at a session. Its ordered lists are replaced through their setters
 * rather than reordered in place: Hibernate moves list rows by rewriting their keys one
 * at a time, which collides with the tables' primary keys of (statement, member).
 */
@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "statement")
public class Statement extends SessionRecord {

	/**
	 * The rule of what a statement says, kept by the form and the session file import
	 * alike: its words (a quote) or what the source says of them (a summary), or both.
	 * @return the message key of the rule broken, or {@code null}
	 */
	public static String contentRule(String quote, String summary) {
		return (isBlank(quote) && isBlank(summary)) ? "admin.statements.content.required" : null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	@Enumerated(EnumType.STRING)
	private Segment segment;

	private LocalDate deliveredOn;

	private String speakerLabel;

	@ManyToOne(fetch = FetchType.LAZY)
	private State speakerState;

	private String onBehalfLabel;

	@ManyToOne(fetch = FetchType.LAZY)
	private SideEvent sideEvent;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> situations = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> topics = new ArrayList<>();

	private String quote;

	private String summary;

	private String link;

	@ElementCollection
	@CollectionTable(name = "statement_speaker", joinColumns = @JoinColumn(name = "statement_id"))
	@OrderColumn(name = "position")
	private List<Speaker> speakers = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "statement_organization", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "position")
	private List<Organization> organizations = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "statement_on_behalf_state", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "state_id"))
	@OrderColumn(name = "position")
	private List<State> onBehalfStates = new ArrayList<>();

	/** Kept in no order of their own: every page lists them by name. */
	@ManyToMany
	@JoinTable(name = "statement_country", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "state_id"))
	@OrderBy("name")
	private Set<State> countries = new LinkedHashSet<>();

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

	public String getSpeakerLabel() {
		return this.speakerLabel;
	}

	public void setSpeakerLabel(String speakerLabel) {
		this.speakerLabel = speakerLabel;
	}

	public State getSpeakerState() {
		return this.speakerState;
	}

	public void setSpeakerState(State speakerState) {
		this.speakerState = speakerState;
	}

	public String getOnBehalfLabel() {
		return this.onBehalfLabel;
	}

	public void setOnBehalfLabel(String onBehalfLabel) {
		this.onBehalfLabel = onBehalfLabel;
	}

	public SideEvent getSideEvent() {
		return this.sideEvent;
	}

	public void setSideEvent(SideEvent sideEvent) {
		this.sideEvent = sideEvent;
	}

	public List<String> getSituations() {
		return this.situations;
	}

	public void setSituations(List<String> situations) {
		this.situations = (situations != null) ? new ArrayList<>(situations) : new ArrayList<>();
	}

	public List<String> getTopics() {
		return this.topics;
	}

	/** Keeps the topics in the order of {@link Topic}, however they were entered. */
	public void setTopics(List<String> topics) {
		this.topics = (topics != null) ? new ArrayList<>(Topic.inOrder(topics)) : new ArrayList<>();
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

	public List<Speaker> getSpeakers() {
		return this.speakers;
	}

	public void setSpeakers(List<Speaker> speakers) {
		this.speakers = new ArrayList<>(speakers);
	}

	public List<Organization> getOrganizations() {
		return this.organizations;
	}

	public void setOrganizations(List<Organization> organizations) {
		this.organizations = new ArrayList<>(organizations);
	}

	public List<State> getOnBehalfStates() {
		return this.onBehalfStates;
	}

	public void setOnBehalfStates(List<State> onBehalfStates) {
		this.onBehalfStates = new ArrayList<>(onBehalfStates);
	}

	public Set<State> getCountries() {
		return this.countries;
	}

	/** Keeps the countries by name, the order every page lists them in. */
	public void setCountries(Set<State> countries) {
		this.countries = countries.stream()
			.sorted(Comparator.comparing(State::getName))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The States it was delivered on behalf of, as its page lists them: by name. */
	public List<State> getOnBehalfStatesByName() {
		return NamedRecord.byName(this.onBehalfStates);
	}

	/** The organizations that delivered it, as its page lists them: by name. */
	public List<Organization> getOrganizationsByName() {
		return NamedRecord.byName(this.organizations);
	}

}
