package org.asprecords.statement;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.asprecords.person.Person;

@Embeddable
public class Speaker {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private String role;

	protected Speaker() {
	}

	public Speaker(Person person, String role) {
		this.person = person;
		this.role = role;
	}

	public Person getPerson() {
		return this.person;
	}

	public String getRole() {
		return this.role;
	}

}
