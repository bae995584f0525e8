package org.asprecords.resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.Links;

/**
 * A resolution as lists give it.
 */
public record ResolutionJson(String symbol, String session, int number, String title, LocalDate adoptedOn,
		AdoptionMethod adoptionMethod, List<String> topics, Instant updatedAt, Links links) {

	public static ResolutionJson of(Resolution resolution) {
		return new ResolutionJson(resolution.getSymbol(), resolution.getSession().getSlug(), resolution.getNumber(),
				resolution.getTitle(), resolution.getAdoptedOn(), resolution.getAdoptionMethod(),
				List.copyOf(resolution.getTopics()), resolution.getUpdatedAt(),
				Links.of(RecordPaths.resolution(resolution.getSymbol())));
	}

}
