package org.asprecords.overview;

import org.springframework.data.domain.Page;

/**
 * A page of one of a profile's lists, on the list's own page.
 *
 * @param <R> the record (a State, a person, an organization)
 * @param <L> its lists
 * @param record the record
 * @param list the list
 * @param page the page of its records
 */
public record ProfileRecords<R, L extends Enum<L> & ProfileList>(R record, L list, Page<?> page) {

}
