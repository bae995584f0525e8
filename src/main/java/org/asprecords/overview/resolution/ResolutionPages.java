package org.asprecords.overview.resolution;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.db.NotFoundException;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.Policy;
import org.asprecords.resolution.Resolution;
import org.asprecords.resolution.ResolutionCatalog;
import org.asprecords.resolution.ResolutionSymbol;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a resolution's page: the resolution, the resolutions that refer to it, and what
 * it adopted (budgets, amendments, policies, decisions), each kind in one query.
 */
@Service
@Transactional(readOnly = true)
public class ResolutionPages {

	private final ResolutionCatalog resolutions;

	private final EntityManager entityManager;

	ResolutionPages(ResolutionCatalog resolutions, EntityManager entityManager) {
		this.resolutions = resolutions;
		this.entityManager = entityManager;
	}

	public ResolutionPage page(ResolutionSymbol symbol) {
		Resolution resolution = this.resolutions.find(symbol).orElseThrow(() -> new NotFoundException("resolution"));
		return new ResolutionPage(resolution, this.resolutions.referringTo(resolution),
				adoptedBy(ProgrammeBudget.class, resolution), adoptedBy(Amendment.class, resolution),
				adoptedBy(Policy.class, resolution), adoptedBy(Decision.class, resolution));
	}

	private <T> List<T> adoptedBy(Class<T> type, Resolution resolution) {
		return this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e.resolution = :resolution", type)
			.setParameter("resolution", resolution)
			.getResultList();
	}

}
