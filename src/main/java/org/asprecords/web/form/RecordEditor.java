package org.asprecords.web.form;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.asprecords.db.AllRecords;
import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordEntity;
import org.asprecords.db.RecordHistory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects one kind of record from its admin form: every rule checked before
 * the first change to the record, so that a refused save changes nothing; no save over a
 * newer one; and no publishing that would show a record referring to a hidden one. Each
 * kind's editor says how its form's fields become the record.
 *
 * @param <T> the kind of record
 * @param <F> its form
 */
@AllRecords
public abstract class RecordEditor<T extends RecordEntity, F extends RecordForm> implements FormEditor<T, F> {

	private final JpaRepository<T, Long> records;

	private final String what;

	private final Supplier<T> newRecord;

	private final Function<T, F> formOf;

	private final Publication publication;

	private final RecordHistory history;

	/**
	 * @param what the kind of record, for the page telling that none has the id
	 * @param newRecord makes a new record
	 * @param formOf fills a form from a saved record, in the transaction that read it
	 */
	protected RecordEditor(JpaRepository<T, Long> records, String what, Supplier<T> newRecord, Function<T, F> formOf,
			Publication publication, RecordHistory history) {
		this.records = records;
		this.what = what;
		this.newRecord = newRecord;
		this.formOf = formOf;
		this.publication = publication;
		this.history = history;
	}

	/**
	 * Copies the form to the record, checking its rules: every check and look-up before
	 * the first change to the record.
	 * @throws FieldRejectedException if a value breaks a rule
	 */
	protected abstract void apply(F form, T record);

	@Transactional(readOnly = true)
	public T find(long id) {
		return this.records.findById(id).orElseThrow(() -> new NotFoundException(this.what));
	}

	/**
	 * The form of the record as saved now (the conflict page compares it with the
	 * editor's input).
	 */
	@Override
	@Transactional(readOnly = true)
	public F form(long id) {
		return this.formOf.apply(find(id));
	}

	@Override
	@Transactional(readOnly = true)
	public EditPage<F> page(long id) {
		return EditPage.of(find(id), this.formOf, this.history);
	}

	@Override
	@Transactional
	public T create(F form) {
		T record = this.newRecord.get();
		apply(form, record);
		this.records.saveAndFlush(record);
		this.publication.check(record, false);
		return record;
	}

	@Override
	@Transactional
	public T update(long id, F form) {
		T record = find(id);
		if (!Objects.equals(form.getVersion(), record.getVersion())) {
			throw new StaleEditException();
		}
		boolean wasPublished = record.isPublished();
		apply(form, record);
		this.records.saveAndFlush(record);
		this.publication.check(record, wasPublished);
		return record;
	}

}
