package org.asprecords.importer;

/**
 * The records a previewed import touches changed between the preview and the confirmation
 * (or while it was being written): the import is refused, to be previewed again, so that
 * nobody's newer edit is overwritten unseen.
 */
public class StaleImportException extends RuntimeException {

	public StaleImportException(Throwable cause) {
		super("The records changed since the preview", cause);
	}

}
