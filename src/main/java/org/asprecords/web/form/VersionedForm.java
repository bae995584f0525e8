package org.asprecords.web.form;

/**
 * A form that carries the version of the record it was read from, so that a save over a
 * newer save is caught.
 */
public interface VersionedForm {

	Integer getVersion();

	void setVersion(Integer version);

}
