package org.asprecords.web.api;

import java.util.function.BinaryOperator;

/**
 * A record another one points to, by its key: a symbol, a session and slug, a year.
 */
public record RecordRef(String key, Links links) {

	/**
	 * The record of a session whose key is {@code <session>/<slug>}.
	 * @param page the address of the kind's page for a session and slug (as
	 * {@code RecordPaths::statement})
	 */
	public static RecordRef inSession(BinaryOperator<String> page, String session, String slug) {
		return new RecordRef(session + "/" + slug, Links.of(page.apply(session, slug)));
	}

}
