package org.asprecords.statement;

import java.time.LocalDate;

/**
 * A statement as its session's page lists it.
 *
 * @param slug the statement's key within its session
 * @param segment the part of the session it was delivered in
 * @param deliveredOn when, where the sources say
 * @param speakers who delivered it
 */
public record SessionStatement(String slug, Segment segment, LocalDate deliveredOn, Speakers speakers) {
}
