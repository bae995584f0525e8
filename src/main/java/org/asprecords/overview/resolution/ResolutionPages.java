package org.asprecords.overview.resolution;

import org.asprecords.db.NotFoundException;
import org.asprecords.resolution.Resolution;
import org.asprecords.resolution.ResolutionCatalog;
import org.asprecords.resolution.ResolutionSymbol;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a resolution's page: the resolution, the resolutions that refer to it, and the
 * first of what it adopted (budgets, amendments, policies, decisions:
 * {@link AdoptedLines}).
 */
@Service
@Transactional(readOnly = true)
public class ResolutionPages {

	private final ResolutionCatalog resolutions;

	private final AdoptedLines adopted;

	ResolutionPages(ResolutionCatalog resolutions, AdoptedLines adopted) {
		this.resolutions = resolutions;
		this.adopted = adopted;
	}

	public ResolutionPage page(ResolutionSymbol symbol) {
		Resolution resolution = this.resolutions.find(symbol).orElseThrow(() -> new NotFoundException("resolution"));
		return new ResolutionPage(resolution, this.resolutions.referringTo(resolution),
				this.adopted.of(resolution.getId()));
	}

}
