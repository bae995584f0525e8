package org.asprecords.outcome;

import org.asprecords.db.Visibility;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.asprecords.db.RecordEntity;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;

@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "accession")
public class Accession extends RecordEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private AssemblySession session;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private State state;

	private String note;

	public AssemblySession getSession() {
		return this.session;
	}

	public void setSession(AssemblySession session) {
		this.session = session;
	}

	public State getState() {
		return this.state;
	}

	public void setState(State state) {
		this.state = state;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
