/**
 * The revisions of a record, each shown field by field beside the revision before it.
 */
package org.asprecords.history;
