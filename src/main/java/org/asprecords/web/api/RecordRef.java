package org.asprecords.web.api;

/**
 * A record another one points to, by its key: a symbol, a session and slug, a year.
 */
public record RecordRef(String key, Links links) {

	/**
	 * The record of a session whose pages are at {@code /<kind>/<session>/<slug>}.
	 */
	public static RecordRef inSession(String kind, String session, String slug) {
		String key = session + "/" + slug;
		return new RecordRef(key, Links.of("/" + kind + "/" + key));
	}

}
