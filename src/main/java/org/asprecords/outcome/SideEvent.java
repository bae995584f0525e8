package org.asprecords.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.asprecords.db.NamedRecord;
import org.asprecords.db.Visibility;
import org.asprecords.organization.Organization;
import org.asprecords.session.SessionRecord;
import org.asprecords.state.State;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

/**
 * An event held alongside a session. Its ordered lists are replaced through their setters
 * rather than reordered in place: Hibernate moves list rows by rewriting their keys one
 * at a time, which collides with the tables' primary keys of (event, member).
 */
@Audited
@Entity
@SQLRestriction(Visibility.SHOWN_IN_SESSION)
@Table(name = "side_event")
public class SideEvent extends SessionRecord {

	private LocalDate heldOn;

	private String title;

	private String summary;

	@ManyToMany
	@JoinTable(name = "side_event_organizer", joinColumns = @JoinColumn(name = "side_event_id"),
			inverseJoinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "position")
	private List<Organization> organizers = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "side_event_cosponsor", joinColumns = @JoinColumn(name = "side_event_id"),
			inverseJoinColumns = @JoinColumn(name = "state_id"))
	@OrderColumn(name = "position")
	private List<State> cosponsors = new ArrayList<>();

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<Organization> getOrganizers() {
		return this.organizers;
	}

	public void setOrganizers(List<Organization> organizers) {
		this.organizers = new ArrayList<>(organizers);
	}

	public List<State> getCosponsors() {
		return this.cosponsors;
	}

	public void setCosponsors(List<State> cosponsors) {
		this.cosponsors = new ArrayList<>(cosponsors);
	}

	/** The organizers, as the event's page lists them: by name. */
	public List<Organization> getOrganizersByName() {
		return NamedRecord.byName(this.organizers);
	}

	/** The co-sponsoring States, as the event's page lists them: by name. */
	public List<State> getCosponsorsByName() {
		return NamedRecord.byName(this.cosponsors);
	}

}
