package org.asprecords.organization;

import org.asprecords.db.Visibility;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.asprecords.db.NamedRecord;
import org.asprecords.state.State;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN)
@Table(name = "organization")
public class Organization extends NamedRecord {

	private String acronym;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organization parent;

	@ManyToOne(fetch = FetchType.LAZY)
	private State country;

	private String note;

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

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
