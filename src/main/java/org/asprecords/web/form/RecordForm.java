package org.asprecords.web.form;

import org.asprecords.db.RecordEntity;

/**
 * What every record form carries besides the record's facts: the version it was read at,
 * and whether the record is published or a draft.
 */
public abstract class RecordForm implements VersionedForm {

	private Integer version;

	private boolean published = true;

	/**
	 * Takes the version and the published state of the record as saved.
	 */
	protected void readStateOf(RecordEntity record) {
		this.version = record.getVersion();
		this.published = record.isPublished();
	}

	/**
	 * Gives the record the published state typed; the version is the editor's to check.
	 */
	protected void writeStateTo(RecordEntity record) {
		record.setPublished(this.published);
	}

	@Override
	public Integer getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Integer version) {
		this.version = version;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
