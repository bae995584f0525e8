package org.asprecords.web.api;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where a record lives: its page for people and its JSON for programs, as absolute URLs.
 *
 * @param html the public page
 * @param json the same record in the API
 */
public record Links(String html, String json) {

	/**
	 * The links of the record whose page is at this path (as {@code /sessions/22}).
	 */
	public static Links of(String path) {
		return new Links(absolute(path), absolute("/api/v1" + path));
	}

	/**
	 * The absolute address of the page at {@code path} (as {@code /sessions/22}) on this
	 * portal, as the current request reached it.
	 */
	public static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + path;
	}

}
