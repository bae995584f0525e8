package org.asprecords.web.api;

import java.util.function.UnaryOperator;

import org.asprecords.db.NamedRecord;

/**
 * A State, person or organization a record names: its slug, its name and its links.
 */
public record NamedJson(String slug, String name, Links links) {

	/**
	 * @param page the address of the kind's page for a slug (as
	 * {@code RecordPaths::person})
	 * @return the record's JSON, or {@code null} for none
	 */
	public static NamedJson of(NamedRecord record, UnaryOperator<String> page) {
		return (record != null)
				? new NamedJson(record.getSlug(), record.getName(), Links.of(page.apply(record.getSlug()))) : null;
	}

}
