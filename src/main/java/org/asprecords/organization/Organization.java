package org.asprecords.organization;

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
import org.asprecords.state.State;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "organization")
public class Organization extends RecordEntity {

	private String slug;

	private String name;

	private String acronym;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organization parent;

	@ManyToOne(fetch = FetchType.LAZY)
	private State country;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> alternativeNames = new ArrayList<>();

	private String note;

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

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public Organization getParent() {
		return this.parent;
	}

	public void setParent(Organization parent) {
		this.parent = parent;
	}

	public State getCountry() {
		return this.country;
	}

	public void setCountry(State country) {
		this.country = country;
	}

	public List<String> getAlternativeNames() {
		return this.alternativeNames;
	}

	public void setAlternativeNames(List<String> alternativeNames) {
		this.alternativeNames = (alternativeNames != null) ? new ArrayList<>(alternativeNames) : new ArrayList<>();
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
