package org.asprecords.outcome;

import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.state.State;
import org.asprecords.state.States;
import org.asprecords.web.form.RecordEditor;

import org.springframework.stereotype.Service;

/**
 * Records and corrects accessions from the admin forms: the session and the State
 * recorded, and a State's accession announced once at a session.
 */
@Service
public class AccessionEditor extends RecordEditor<Accession, AccessionForm> {

	private final AccessionRepository accessions;

	private final Sessions sessions;

	private final States states;

	AccessionEditor(AccessionRepository accessions, Sessions sessions, States states, Publication publication,
			RecordHistory history) {
		super(accessions, "accession", Accession::new, AccessionForm::from, publication, history);
		this.accessions = accessions;
		this.sessions = sessions;
		this.states = states;
	}

	@Override
	protected void apply(AccessionForm form, Accession accession) {
		AssemblySession session = this.sessions.bySlug(form.getSession())
			.orElseThrow(() -> new FieldRejectedException("session", "admin.session-record.session.unknown"));
		State state = this.states.bySlug(form.getState())
			.orElseThrow(() -> new FieldRejectedException("state", "admin.named.state.unknown"));
		this.accessions.findBySessionAndState(session, state)
			.filter((other) -> other != accession)
			.ifPresent((other) -> {
				throw new FieldRejectedException("state", "admin.accessions.state.taken");
			});
		accession.setSession(session);
		accession.setState(state);
		form.applyTo(accession);
	}

}
