package org.asprecords.session;

import org.springframework.data.domain.Page;

/**
 * A page of a session's outcomes of one kind, for the list under the session's address.
 */
public record SessionOutcomes(AssemblySession session, OutcomeList kind, Page<?> page) {

}
