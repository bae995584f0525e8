/**
 * The registry of the kinds of record editors keep: for each, its admin address, entity,
 * table, label, and how a session holds it. The trash, the history and the session's
 * admin page read the kinds from here, so that a kind added here reaches them all.
 */
package org.asprecords.kind;
