/**
 * Full-text search of every kind of record with PostgreSQL (GIN-indexed {@code tsvector}
 * columns, accents ignored), grouped by kind with highlighted excerpts.
 */
package org.asprecords.search;
