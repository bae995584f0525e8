package org.asprecords.person;

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
@Table(name = "person")
public class Person extends NamedRecord {

	private String honorific;

	@ManyToOne(fetch = FetchType.LAZY)
	private State nationality;

	private String note;

	@Enumerated(EnumType.STRING)
	private GrammaticalGender grammaticalGender;

	public String getHonorific() {
		return this.honorific;
	}

	public void setHonorific(String honorific) {
		this.honorific = honorific;
	}

	public State getNationality() {
		return this.nationality;
	}

	public void setNationality(State nationality) {
		this.nationality = nationality;
	}

	public GrammaticalGender getGrammaticalGender() {
		return this.grammaticalGender;
	}

	public void setGrammaticalGender(GrammaticalGender grammaticalGender) {
		this.grammaticalGender = grammaticalGender;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
