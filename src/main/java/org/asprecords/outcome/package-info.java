/**
 * What sessions produced besides resolutions: amendments, policies, decisions, side
 * events and accessions.
 */
package org.asprecords.outcome;
