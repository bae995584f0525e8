package org.asprecords.outcome;

import java.util.List;

import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.organization.Organization;
import org.asprecords.organization.Organizations;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.session.SessionRecordEditor;
import org.asprecords.state.State;
import org.asprecords.state.States;
import org.asprecords.web.form.Chosen;

import org.springframework.stereotype.Service;

/**
 * Records and corrects side events from the admin forms: every organizer and co-sponsor
 * recorded, each once.
 */
@Service
public class SideEventEditor extends SessionRecordEditor<SideEvent, SideEventForm> {

	private final Organizations organizations;

	private final States states;

	SideEventEditor(SideEventRepository events, Sessions sessions, Organizations organizations, States states,
			Publication publication, RecordHistory history) {
		super(events, "side event", SideEvent::new, SideEventForm::from, events::findBySessionAndSlug, sessions,
				publication, history);
		this.organizations = organizations;
		this.states = states;
	}

	@Override
	protected void applyDetails(SideEventForm form, SideEvent event, AssemblySession session) {
		List<Organization> organizers = Chosen.all(form.getOrganizers(), this.organizations::bySlugs,
				Organization::getSlug, "organizers", "admin.named.organization.unknown");
		List<State> cosponsors = Chosen.all(form.getCosponsors(), this.states::bySlugs, State::getSlug, "cosponsors",
				"admin.named.state.unknown");
		form.applyTo(event);
		if (!organizers.equals(event.getOrganizers())) {
			event.setOrganizers(organizers);
		}
		if (!cosponsors.equals(event.getCosponsors())) {
			event.setCosponsors(cosponsors);
		}
	}

}
