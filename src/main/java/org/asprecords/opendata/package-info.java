/**
 * Open data: the page that documents what the portal offers to programs, the whole
 * published record in one download in the format the admin import reads, and the same
 * records as a ZIP of CSV files.
 */
package org.asprecords.opendata;
