package org.asprecords.importer;

/**
 * What an import does with a record whose key already exists.
 */
public enum ImportMode {

	/**
	 * Leave it exactly as it is: the shipped records are loaded this way, so that they
	 * never overwrite an editor's correction.
	 */
	KEEP,

	/**
	 * Give it the document's values, keeping its id and history: an editor's import of a
	 * session file, after a preview.
	 */
	UPDATE

}
