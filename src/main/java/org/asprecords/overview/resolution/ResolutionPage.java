package org.asprecords.overview.resolution;

import java.util.List;

import org.asprecords.overview.resolution.AdoptedLines.Adopted;
import org.asprecords.resolution.Resolution;

/**
 * Everything a resolution's page shows: the resolution, the resolutions it refers to and
 * that refer to it, and the first of what it adopted.
 */
public record ResolutionPage(Resolution resolution, List<Resolution> referredBy, Adopted adopted) {
}
