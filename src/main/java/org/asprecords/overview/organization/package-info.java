/**
 * An organization's profile: its statements and the side events it organized.
 */
package org.asprecords.overview.organization;
