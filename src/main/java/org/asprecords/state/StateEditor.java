package org.asprecords.state;

import java.time.LocalDate;

import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.web.form.NamedRecordEditor;

import org.springframework.stereotype.Service;

/**
 * Records and corrects States from the admin forms: besides the shared rules of named
 * records, membership dates that can have happened (a signature from the day the Statute
 * opened for signature on, entry into force from the Statute's own on, neither signing
 * nor joining in the future) and in order (signed, then joined, then party), and a rank
 * among States Parties and an ISO code that no other State holds.
 */
@Service
public class StateEditor extends NamedRecordEditor<State, StateForm> {

	/** The Rome Statute was adopted and opened for signature on 17 July 1998. */
	static final LocalDate OPENED_FOR_SIGNATURE = LocalDate.of(1998, 7, 17);

	/** The Rome Statute entered into force on 1 July 2002. */
	static final LocalDate ENTRY_INTO_FORCE = LocalDate.of(2002, 7, 1);

	private final StateRepository states;

	StateEditor(StateRepository states, Publication publication, RecordHistory history) {
		super(states, "state", states::findBySlug, State::new, StateForm::from, publication, history);
		this.states = states;
	}

	@Override
	protected void applyDetails(StateForm form, State state) {
		LocalDate today = LocalDate.now();
		inOrder(OPENED_FOR_SIGNATURE, form.getSignedOn(), "signedOn", "admin.states.date.before-statute");
		inOrder(form.getSignedOn(), today, "signedOn", "admin.states.date.future");
		inOrder(OPENED_FOR_SIGNATURE, form.getJoinedOn(), "joinedOn", "admin.states.date.before-statute");
		inOrder(form.getSignedOn(), form.getJoinedOn(), "joinedOn", "admin.states.joinedOn.before-signing");
		inOrder(form.getJoinedOn(), today, "joinedOn", "admin.states.date.future");
		inOrder(ENTRY_INTO_FORCE, form.getPartySince(), "partySince", "admin.states.partySince.before-force");
		inOrder(form.getJoinedOn(), form.getPartySince(), "partySince", "admin.states.partySince.before-joining");
		inOrder(form.getSignedOn(), form.getPartySince(), "partySince", "admin.states.partySince.before-joining");
		form.applyTo(state);
		if (state.getCode() != null) {
			this.states.findByCode(state.getCode()).filter((other) -> other != state).ifPresent((other) -> {
				throw new FieldRejectedException("code", "admin.states.code.taken");
			});
		}
		if (form.getPartyOrdinal() != null) {
			this.states.findByPartyOrdinal(form.getPartyOrdinal())
				.filter((other) -> other != state)
				.ifPresent((other) -> {
					throw new FieldRejectedException("partyOrdinal", "admin.states.partyOrdinal.taken");
				});
		}
	}

	/**
	 * Rejects the field when, both dates being known, the later one is before the
	 * earlier.
	 */
	private static void inOrder(LocalDate earlier, LocalDate later, String field, String messageKey) {
		if (earlier != null && later != null && later.isBefore(earlier)) {
			throw new FieldRejectedException(field, messageKey);
		}
	}

}
