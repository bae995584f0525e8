package org.asprecords.resolution;

import org.asprecords.db.Snippet;

/**
 * A resolution found by a full-text search, with the passage that matched.
 */
public record ResolutionHit(Resolution resolution, Snippet snippet) {
}
