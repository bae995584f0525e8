/**
 * The pages of a session's side events, amendments, policies and decisions.
 */
package org.asprecords.overview.outcome;
