package org.asprecords.election;

/**
 * How many of an election's candidates were elected.
 *
 * @param electionId the election's id
 * @param elected how many candidates have the outcome {@code ELECTED}
 */
public record ElectedCount(Long electionId, long elected) {
}
