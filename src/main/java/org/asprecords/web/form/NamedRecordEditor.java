package org.asprecords.web.form;

import java.util.Objects;
import java.util.Optional;

import org.asprecords.db.NamedRecord;
import org.asprecords.web.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects records known by name from their admin forms: the slug
 * well-formed (picked from the name when left blank) and unique, no save over a newer
 * one. Each kind's editor adds the rules of its own fields.
 *
 * @param <T> the kind of record
 * @param <F> its form
 */
public abstract class NamedRecordEditor<T extends NamedRecord, F extends NamedRecordForm> {

	private final JpaRepository<T, Long> records;

	private final String what;

	/**
	 * @param what the kind of record, for the page telling that none has the id
	 */
	protected NamedRecordEditor(JpaRepository<T, Long> records, String what) {
		this.records = records;
		this.what = what;
	}

	protected abstract Optional<T> findBySlug(String slug);

	protected abstract T newRecord();

	/** The form filled from a saved record (inside the transaction that read it). */
	protected abstract F formOf(T record);

	/**
	 * Copies the kind's own fields, checking their rules.
	 * @throws FieldRejectedException if a value breaks a rule
	 */
	protected abstract void applyDetails(F form, T record);

	@Transactional(readOnly = true)
	public T find(long id) {
		return this.records.findById(id).orElseThrow(() -> new NotFoundException(this.what));
	}

	@Transactional(readOnly = true)
	public F form(long id) {
		return formOf(find(id));
	}

	@Transactional
	public T create(F form) {
		T record = newRecord();
		apply(form, record);
		return this.records.saveAndFlush(record);
	}

	@Transactional
	public T update(long id, F form) {
		T record = find(id);
		if (!Objects.equals(form.getVersion(), record.getVersion())) {
			throw new StaleEditException();
		}
		apply(form, record);
		return this.records.saveAndFlush(record);
	}

	private void apply(F form, T record) {
		String slug = form.slugOrFromName();
		if (slug.isEmpty()) {
			throw new FieldRejectedException("slug", "admin.named.slug.required");
		}
		findBySlug(slug).filter((other) -> other != record).ifPresent((other) -> {
			throw new FieldRejectedException("slug", "admin.named.slug.taken");
		});
		form.applyNamesTo(record, slug);
		applyDetails(form, record);
	}

}
