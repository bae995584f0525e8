package org.asprecords.web.form;

import java.util.List;
import java.util.function.Function;

import org.asprecords.db.RecordEntity;
import org.asprecords.db.RecordHistory;
import org.hibernate.Hibernate;

import org.springframework.ui.Model;

/**
 * What a record's edit page shows, read by its editor in one read-only transaction: the
 * form filled from the record as saved, whether the public sees the record, and its
 * revisions, newest first. Nothing in it is an entity, so the page reads nothing lazily
 * after the transaction ended.
 *
 * @param <F> the kind's form
 * @param form the form, filled from the record
 * @param record what the page says of the record's state (published, a draft, in the
 * trash) and sends back to move it to the trash
 * @param history the record's revisions, newest first
 */
public record EditPage<F extends VersionedForm>(F form, RecordState record, List<RecordHistory.Entry> history) {

	public static <F extends VersionedForm> EditPage<F> of(F form, RecordEntity record,
			List<RecordHistory.Entry> history) {
		return new EditPage<>(form, RecordState.of(record), List.copyOf(history));
	}

	/**
	 * The edit page of a record, with the revisions of the record alone.
	 * @param record the record as its editor read it, in the transaction still open
	 * @param formOf fills the form from the record
	 */
	public static <T extends RecordEntity, F extends VersionedForm> EditPage<F> of(T record, Function<T, F> formOf,
			RecordHistory history) {
		return of(formOf.apply(record), record, history.of(Hibernate.getClass(record), record.getId()));
	}

	/**
	 * Adds the form, the record's state and its history to the model of the page.
	 */
	public void addTo(Model model) {
		model.addAttribute("form", this.form);
		model.addAttribute("record", this.record);
		model.addAttribute("history", this.history);
	}

}
