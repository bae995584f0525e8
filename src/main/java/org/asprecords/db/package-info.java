/**
 * Database plumbing shared by every feature: the embedded PostgreSQL server, the base of
 * every record, its revisions, and the restrictions that keep drafts and trashed records
 * off public pages ({@link org.asprecords.db.Visibility}).
 */
package org.asprecords.db;
