package org.asprecords.statement;

import java.util.List;

import org.asprecords.organization.Organization;
import org.asprecords.session.AssemblySession;

/**
 * The values the statement filters offer: only those some statement has.
 *
 * @param sessions sessions with statements, newest first
 * @param organizations organizations statements came from, by name
 * @param situations situations statements addressed, alphabetically
 * @param segments segments statements were delivered in, in the order of a session
 */
public record StatementFilterOptions(List<AssemblySession> sessions, List<Organization> organizations,
		List<String> situations, List<Segment> segments) {

}
