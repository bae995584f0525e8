package org.asprecords.overview.resolution;

import org.asprecords.overview.resolution.AdoptedLines.Adopted;
import org.asprecords.overview.resolution.ReferringLines.Referring;
import org.asprecords.resolution.Resolution;

import org.springframework.data.domain.Page;

/**
 * Everything a resolution's page shows: the resolution, the resolutions it refers to, the
 * first of those that refer to it (with how many there are), and the first of what it
 * adopted.
 */
public record ResolutionPage(Resolution resolution, Page<Referring> referredBy, Adopted adopted) {
}
