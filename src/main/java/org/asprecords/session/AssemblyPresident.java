package org.asprecords.session;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.RecordEntity;
import org.asprecords.db.Visibility;
import org.asprecords.person.Person;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

@Audited
@Entity
@SQLRestriction(AssemblyPresident.SHOWN)
@Table(name = "assembly_president")
public class AssemblyPresident extends RecordEntity {

	/** A presidency is shown while the sessions its term runs between are. */
	static final String SHOWN = "(" + Visibility.ROW + " and (from_session_id is null or " + Visibility.SESSION
			+ "from_session_id" + Visibility.IS_SHOWN + ")" + " and (to_session_id is null or " + Visibility.SESSION
			+ "to_session_id" + Visibility.IS_SHOWN + "))" + Visibility.OR_ALL_RECORDS;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	private AssemblySession fromSession;

	@ManyToOne(fetch = FetchType.LAZY)
	private AssemblySession toSession;

	private LocalDate electedOn;

	private String periodNote;

	public Person getPerson() {
		return this.person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	/**
	 * Gives the presidency the sessions its term runs between, either unknown: the last
	 * not before the first. The forms and the import both record a term so.
	 * @throws FieldRejectedException on {@code toSession} when the last session began
	 * before the first
	 */
	public void term(AssemblySession from, AssemblySession to) {
		if (from != null && to != null && from.getStartDate() != null && to.getStartDate() != null
				&& to.getStartDate().isBefore(from.getStartDate())) {
			throw new FieldRejectedException("toSession", "admin.presidents.term.order");
		}
		this.fromSession = from;
		this.toSession = to;
	}

	public AssemblySession getFromSession() {
		return this.fromSession;
	}

	public AssemblySession getToSession() {
		return this.toSession;
	}

	public LocalDate getElectedOn() {
		return this.electedOn;
	}

	public void setElectedOn(LocalDate electedOn) {
		this.electedOn = electedOn;
	}

	public String getPeriodNote() {
		return this.periodNote;
	}

	public void setPeriodNote(String periodNote) {
		this.periodNote = periodNote;
	}

}
