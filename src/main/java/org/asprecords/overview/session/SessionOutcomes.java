package org.asprecords.overview.session;

import org.asprecords.session.AssemblySession;

import org.springframework.data.domain.Page;

/**
 * A page of a session's outcomes of one kind, for the list under the session's address.
 */
public record SessionOutcomes(AssemblySession session, OutcomeList kind, Page<?> page) {

}
