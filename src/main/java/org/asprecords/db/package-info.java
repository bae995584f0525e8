/**
 * Database plumbing shared by every feature: the embedded PostgreSQL server and the base
 * of every record.
 */
package org.asprecords.db;
