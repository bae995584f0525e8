/**
 * Alerts by email: a visitor follows a search, a session, a kind of record, a State, a
 * person, an organization or a record, confirms by mail (double opt-in), and is mailed
 * what is published or corrected that matches, at once or in a daily or weekly digest.
 * Matches are written in the transaction that publishes ({@link AlertMatches}); mails
 * wait in an outbox in PostgreSQL and are sent by whichever instance claims them first
 * ({@link AlertSender}).
 */
package org.asprecords.alert;
