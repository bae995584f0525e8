package org.asprecords.election;

/**
 * One line of the list of elections.
 *
 * @param election the election, with its session
 * @param elected how many people or States it elected, or {@code null} where the record
 * names no one elected
 */
public record ElectionListing(Election election, Long elected) {
}
