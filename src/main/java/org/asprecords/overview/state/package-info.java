/**
 * A State's profile: its regional group, accession, candidacies, statements and side
 * events.
 */
package org.asprecords.overview.state;
