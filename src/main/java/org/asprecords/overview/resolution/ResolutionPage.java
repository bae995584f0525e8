package org.asprecords.overview.resolution;

import java.util.List;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.Policy;
import org.asprecords.resolution.Resolution;

/**
 * Everything a resolution's page shows: the resolution, the resolutions it refers to and
 * that refer to it, and what it adopted.
 */
public record ResolutionPage(Resolution resolution, List<Resolution> referredBy, List<ProgrammeBudget> budgets,
		List<Amendment> amendments, List<Policy> policies, List<Decision> decisions) {
}
