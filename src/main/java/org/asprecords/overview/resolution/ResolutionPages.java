package org.asprecords.overview.resolution;

import org.asprecords.db.NotFoundException;
import org.asprecords.resolution.Resolution;
import org.asprecords.resolution.ResolutionCatalog;
import org.asprecords.resolution.ResolutionSymbol;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a resolution's page: the resolution, the first of the resolutions that refer to
 * it ({@link ReferringLines}), and the first of what it adopted (budgets, amendments,
 * policies, decisions: {@link AdoptedLines}).
 */
@Service
@Transactional(readOnly = true)
public class ResolutionPages {

	private final ResolutionCatalog resolutions;

	private final AdoptedLines adopted;

	private final ReferringLines referring;

	ResolutionPages(ResolutionCatalog resolutions, AdoptedLines adopted, ReferringLines referring) {
		this.resolutions = resolutions;
		this.adopted = adopted;
		this.referring = referring;
	}

	public ResolutionPage page(ResolutionSymbol symbol) {
		Resolution resolution = this.resolutions.find(symbol).orElseThrow(() -> new NotFoundException("resolution"));
		return new ResolutionPage(resolution, this.referring.of(resolution.getId()),
				this.adopted.of(resolution.getId()));
	}

}
