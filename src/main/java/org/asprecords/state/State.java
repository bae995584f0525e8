package org.asprecords.state;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.asprecords.db.NamedRecord;
import org.asprecords.db.Visibility;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN)
@Table(name = "state")
public class State extends NamedRecord {

	@Enumerated(EnumType.STRING)
	private RegionalGroup regionalGroup;

	private LocalDate signedOn;

	private LocalDate joinedOn;

	@Enumerated(EnumType.STRING)
	private JoinedBy joinedBy;

	private LocalDate partySince;

	private Integer partyOrdinal;

	private String statusNote;

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
