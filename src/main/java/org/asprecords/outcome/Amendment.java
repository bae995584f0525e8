package org.asprecords.outcome;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.asprecords.db.Visibility;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "amendment")
public class Amendment extends AdoptedOutcome {

	@Enumerated(EnumType.STRING)
	private Instrument instrument;

	private String provision;

	private String subject;

	private LocalDate adoptedOn;

	public Instrument getInstrument() {
		return this.instrument;
	}

	public void setInstrument(Instrument instrument) {
		this.instrument = instrument;
	}

	public String getProvision() {
		return this.provision;
	}

	public void setProvision(String provision) {
		this.provision = provision;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

}
