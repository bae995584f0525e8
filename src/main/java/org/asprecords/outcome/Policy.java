package org.asprecords.outcome;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.asprecords.db.Visibility;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.SessionRecord;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "policy")
public class Policy extends SessionRecord {

	@ManyToOne(fetch = FetchType.LAZY)
	private Resolution resolution;

	private String name;

	private LocalDate adoptedOn;

	private String summary;

	public Resolution getResolution() {
		return this.resolution;
	}

	public void setResolution(Resolution resolution) {
		this.resolution = resolution;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
