package org.asprecords.person;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.asprecords.db.RecordEntity;
import org.asprecords.state.State;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "person")
public class Person extends RecordEntity {

	private String slug;

	private String name;

	private String honorific;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> alternativeNames = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY)
	private State nationality;

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

	public String getHonorific() {
		return this.honorific;
	}

	public void setHonorific(String honorific) {
		this.honorific = honorific;
	}

	public List<String> getAlternativeNames() {
		return this.alternativeNames;
	}

	public void setAlternativeNames(List<String> alternativeNames) {
		this.alternativeNames = (alternativeNames != null) ? new ArrayList<>(alternativeNames) : new ArrayList<>();
	}

	public State getNationality() {
		return this.nationality;
	}

	public void setNationality(State nationality) {
		this.nationality = nationality;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
