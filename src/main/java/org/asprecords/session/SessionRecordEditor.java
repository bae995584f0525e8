package org.asprecords.session;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.web.form.RecordEditor;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Records and corrects the records a session holds under a key of their own: the session
 * recorded, the key unique within it (the trash included, since a trashed record keeps
 * its address). Each kind's editor adds the rules of its own fields.
 *
 * @param <T> the kind of record
 * @param <F> its form
 */
public abstract class SessionRecordEditor<T extends SessionRecord, F extends SessionRecordForm>
		extends RecordEditor<T, F> {

	private final Sessions sessions;

	private final BiFunction<AssemblySession, String, Optional<T>> findInSession;

	/**
	 * @param findInSession finds the record a session holds under a key
	 */
	protected SessionRecordEditor(JpaRepository<T, Long> records, String what, Supplier<T> newRecord,
			Function<T, F> formOf, BiFunction<AssemblySession, String, Optional<T>> findInSession, Sessions sessions,
			Publication publication, RecordHistory history) {
		super(records, what, newRecord, formOf, publication, history);
		this.sessions = sessions;
		this.findInSession = findInSession;
	}

	/**
	 * Copies the kind's own fields, checking their rules: every check and look-up before
	 * the first change to the record, so that a refused save changes nothing.
	 * @param session the session picked, which the record is given after
	 * @throws FieldRejectedException if a value breaks a rule
	 */
	protected abstract void applyDetails(F form, T record, AssemblySession session);

	@Override
	protected final void apply(F form, T record) {
		AssemblySession session = this.sessions.bySlug(form.getSession())
			.orElseThrow(() -> new FieldRejectedException("session", "admin.session-record.session.unknown"));
		this.findInSession.apply(session, form.getSlug()).filter((other) -> other != record).ifPresent((other) -> {
			throw new FieldRejectedException("slug", "admin.session-record.slug.taken");
		});
		applyDetails(form, record, session);
		form.applyTo(record, session);
	}

}
