package org.asprecords.web.api;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
	 * portal: the portal's configured public address ({@link PublicAddress}) and the
	 * path. Every absolute link the portal writes is built here, never from the request's
	 * Host or X-Forwarded-Host, which a client can forge.
	 */
	public static String absolute(String path) {
		return PublicAddress
			.of(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
				.getServletContext()) + path;
	}

}
