/**
 * Session documents (the JSON format the shipped records and admin exports use) and their
 * import into the database: strict reading, all-or-nothing; the shipped records never
 * overwrite an existing record, an editor's previewed import of a session file updates
 * them. Also the admin pages that download and import a session file.
 */
package org.asprecords.importer;
