package org.asprecords.web.api;

import org.asprecords.db.NamedRecord;

/**
 * A State, person or organization a record names: its slug, its name and its links.
 */
public record NamedJson(String slug, String name, Links links) {

	/**
	 * @param listPath where the kind's pages are ({@code /people})
	 * @return the record's JSON, or {@code null} for none
	 */
	public static NamedJson of(NamedRecord record, String listPath) {
		return (record != null)
				? new NamedJson(record.getSlug(), record.getName(), Links.of(listPath + "/" + record.getSlug())) : null;
	}

}
