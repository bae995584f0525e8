package org.asprecords.web.form;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.NamedRecord;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Records and corrects records known by name from their admin forms: the slug well-formed
 * (picked from the name when left blank) and unique. Each kind's editor adds the rules of
 * its own fields.
 *
 * @param <T> the kind of record
 * @param <F> its form
 */
public abstract class NamedRecordEditor<T extends NamedRecord, F extends NamedRecordForm> extends RecordEditor<T, F> {

	private final Function<String, Optional<T>> findBySlug;

	/**
	 * @param what the kind of record, for the page telling that none has the id
	 * @param findBySlug finds the record that has a slug
	 * @param newRecord makes a new record
	 * @param formOf fills a form from a saved record, in the transaction that read it
	 */
	protected NamedRecordEditor(JpaRepository<T, Long> records, String what, Function<String, Optional<T>> findBySlug,
			Supplier<T> newRecord, Function<T, F> formOf, Publication publication, RecordHistory history) {
		super(records, what, newRecord, formOf, publication, history);
		this.findBySlug = findBySlug;
	}

	/**
	 * Copies the kind's own fields, checking their rules: every check and look-up before
	 * the first change to the record, so that a refused save changes nothing.
	 * @throws FieldRejectedException if a value breaks a rule
	 */
	protected abstract void applyDetails(F form, T record);

	@Override
	protected final void apply(F form, T record) {
		String slug = form.slugOrFromName();
		if (slug.isEmpty()) {
			throw new FieldRejectedException("slug", "admin.named.slug.required");
		}
		this.findBySlug.apply(slug).filter((other) -> other != record).ifPresent((other) -> {
			throw new FieldRejectedException("slug", "admin.named.slug.taken");
		});
		applyDetails(form, record);
		form.applyNamesTo(record, slug);
	}

}
