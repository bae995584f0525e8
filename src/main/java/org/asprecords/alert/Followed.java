package org.asprecords.alert;

import org.asprecords.search.SearchFilters;
import org.asprecords.search.SearchKind;
import org.asprecords.search.SearchQuery;

/**
 * What an alert follows, as its link names it ({@code /alerts/new?follow=SEARCH&q=…}) and
 * as it is kept.
 *
 * @param target what kind of thing is followed
 * @param text a search's query, as typed (cleaned), or null
 * @param kind the kind of record a search is limited to, the kind followed, or the kind
 * of the record followed; or null
 * @param filters a search's filters, or null
 * @param id the session, State, person, organization or record followed, or null
 * @param query a search as the site search reads it, or null
 */
public record Followed(Target target, String text, SearchKind kind, SearchFilters filters, Long id, SearchQuery query) {

}
