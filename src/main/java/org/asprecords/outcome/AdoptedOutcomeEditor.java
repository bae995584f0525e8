package org.asprecords.outcome;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.resolution.CitedResolutions;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.session.SessionRecordEditor;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * Records and corrects what a session adopts: the resolution cited recorded, and adopted
 * at that session ({@link AdoptedOutcome#adoptedAt}). Each kind's editor copies its own
 * fields.
 *
 * @param <T> the kind of record
 * @param <F> its form
 */
abstract class AdoptedOutcomeEditor<T extends AdoptedOutcome, F extends AdoptedOutcomeForm>
		extends SessionRecordEditor<T, F> {

	private final CitedResolutions resolutions;

	AdoptedOutcomeEditor(JpaRepository<T, Long> records, String what, Supplier<T> newRecord, Function<T, F> formOf,
			BiFunction<AssemblySession, String, Optional<T>> findInSession, Collaborators collaborators) {
		super(records, what, newRecord, formOf, findInSession, collaborators.sessions(), collaborators.publication(),
				collaborators.history());
		this.resolutions = collaborators.resolutions();
	}

	/** Copies the kind's own fields, checking their rules. */
	protected abstract void applyOwn(F form, T record);

	@Override
	protected final void applyDetails(F form, T record, AssemblySession session) {
		record.adoptedAt(session, this.resolutions.find(form.getResolution(), "resolution"));
		applyOwn(form, record);
	}

	/**
	 * What every editor of adopted outcomes works with, given as one so that each kind's
	 * editor names only its own.
	 */
	@Component
	public record Collaborators(Sessions sessions, CitedResolutions resolutions, Publication publication,
			RecordHistory history) {
	}

}
