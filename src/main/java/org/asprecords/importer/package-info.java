/**
 * Session documents (the JSON format the shipped records and admin exports use) and their
 * import into the database: strict reading, all-or-nothing, never overwriting an existing
 * record.
 */
package org.asprecords.importer;
