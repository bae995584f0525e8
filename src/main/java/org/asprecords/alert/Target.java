package org.asprecords.alert;

/**
 * What an alert follows. Each is a public page's subject: a search with its filters, a
 * session, a kind of record (its new records), a State, a person or an organization
 * (every record that refers to it), or one record (its corrections).
 */
public enum Target {

	SEARCH, SESSION, KIND, STATE, PERSON, ORGANIZATION, RECORD

}
