package org.asprecords.web.form;

import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.RecordEntity;

/**
 * What {@link AdminForms} asks of a kind's editor: to record a record from its form, to
 * save a correction over the version the form was read at, and to read the record's edit
 * page.
 *
 * @param <T> the kind of record
 * @param <F> its form
 */
public interface FormEditor<T extends RecordEntity, F extends RecordForm> {

	/**
	 * @throws FieldRejectedException if a value breaks a rule; nothing is saved
	 */
	T create(F form);

	/**
	 * @throws FieldRejectedException if a value breaks a rule; nothing is saved
	 * @throws StaleEditException if the record was saved since the form was read
	 */
	T update(long id, F form);

	EditPage<F> page(long id);

	/**
	 * The form of the record as saved now, which the conflict page compares with the
	 * editor's input.
	 */
	default F form(long id) {
		return page(id).form();
	}

}
