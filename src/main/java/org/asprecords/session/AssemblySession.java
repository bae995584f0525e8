package org.asprecords.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.asprecords.db.RecordEntity;
import org.asprecords.db.Visibility;
import org.asprecords.topic.Topic;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

@Audited
@Entity
@SQLRestriction(AssemblySession.SHOWN)
@Table(name = "assembly_session")
public class AssemblySession extends RecordEntity {

	/** A resumed session is shown with the session it resumes. */
	static final String SHOWN = "(" + Visibility.SESSION_ROW + ")" + Visibility.OR_ALL_RECORDS;

	private String slug;

	@Enumerated(EnumType.STRING)
	private SessionKind kind;

	private Integer number;

	private Integer resumption;

	@ManyToOne(fetch = FetchType.LAZY)
	private AssemblySession parent;

	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision startPrecision = DatePrecision.DAY;

	private LocalDate endDate;

	private String dateNote;

	private String city;

	private String country;

	private String venue;

	private String summary;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> topics = new ArrayList<>();

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

	public AssemblySession getParent() {
		return this.parent;
	}

	public void setParent(AssemblySession parent) {
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

	/** Keeps the topics in the order of {@link Topic}, however they were entered. */
	public void setTopics(List<String> topics) {
		this.topics = (topics != null) ? new ArrayList<>(Topic.inOrder(topics)) : new ArrayList<>();
	}

}
