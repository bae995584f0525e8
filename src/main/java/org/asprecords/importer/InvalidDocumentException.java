package org.asprecords.importer;

/**
 * A session document that cannot be imported as it is: malformed, or pointing to records
 * that do not exist. The message says which record and what is wrong, in words an editor
 * can act on.
 */
public class InvalidDocumentException extends RuntimeException {

	public InvalidDocumentException(String message) {
		super(message);
	}

	public InvalidDocumentException(String message, Throwable cause) {
		super(message, cause);
	}

}
