/**
 * Open data: the whole published record in one download, in the format the admin import
 * reads.
 */
package org.asprecords.opendata;
