package org.asprecords.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.asprecords.db.RecordEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "state")
public class State extends RecordEntity {

	private String slug;

	private String name;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> alternativeNames = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private RegionalGroup regionalGroup;

	private LocalDate signedOn;

	private LocalDate joinedOn;

	@Enumerated(EnumType.STRING)
	private JoinedBy joinedBy;

	private LocalDate partySince;

	private Integer partyOrdinal;

	private String statusNote;

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<String> getAlternativeNames() {
		return this.alternativeNames;
	}

	public void setAlternativeNames(List<String> alternativeNames) {
		this.alternativeNames = (alternativeNames != null) ? new ArrayList<>(alternativeNames) : new ArrayList<>();
	}

	public RegionalGroup getRegionalGroup() {
		return this.regionalGroup;
	}

	public void setRegionalGroup(RegionalGroup regionalGroup) {
		this.regionalGroup = regionalGroup;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}

	public JoinedBy getJoinedBy() {
		return this.joinedBy;
	}

	public void setJoinedBy(JoinedBy joinedBy) {
		this.joinedBy = joinedBy;
	}

	public LocalDate getPartySince() {
		return this.partySince;
	}

	public void setPartySince(LocalDate partySince) {
		this.partySince = partySince;
	}

	public Integer getPartyOrdinal() {
		return this.partyOrdinal;
	}

	public void setPartyOrdinal(Integer partyOrdinal) {
		this.partyOrdinal = partyOrdinal;
	}

	public String getStatusNote() {
		return this.statusNote;
	}

	public void setStatusNote(String statusNote) {
		this.statusNote = statusNote;
	}

}
