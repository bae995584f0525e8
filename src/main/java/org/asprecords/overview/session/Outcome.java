package org.asprecords.overview.session;

import java.util.List;
import java.util.function.Function;

import org.asprecords.web.RecordPaths;
import org.asprecords.web.RecordPaths.SessionPart;
import org.asprecords.web.api.Links;

import org.springframework.data.domain.Page;

/**
 * An outcome of a session in the JSON API, as a session's or a resolution's page lists
 * it: its key (symbol, slug or year), its title where it has one.
 */
public record Outcome(String key, String title, Links links) {

	/**
	 * Outcomes whose page is under the session's ({@code /sessions/22/decisions/...}).
	 */
	public static <T> List<Outcome> lines(Page<T> lines, String session, SessionPart part, Function<T, String> slug,
			Function<T, String> title) {
		return lines.stream()
			.map((line) -> new Outcome(slug.apply(line), title.apply(line),
					Links.of(RecordPaths.sessionPart(session, part, slug.apply(line)))))
			.toList();
	}

}
