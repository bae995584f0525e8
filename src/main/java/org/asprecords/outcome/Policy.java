package org.asprecords.outcome;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.asprecords.db.Visibility;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "policy")
public class Policy extends AdoptedOutcome {

	private String name;

	private LocalDate adoptedOn;

	private String summary;

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
