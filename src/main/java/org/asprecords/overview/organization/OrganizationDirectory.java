package org.asprecords.overview.organization;

import org.asprecords.db.NotFoundException;
import org.asprecords.organization.Organization;
import org.asprecords.organization.Organizations;
import org.asprecords.outcome.Outcomes;
import org.asprecords.statement.StatementCatalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads organizations for the public pages: a page of the list in two queries, one
 * organization's page in four (the organization, its member organizations, its
 * statements, its side events).
 */
@Service
@Transactional(readOnly = true)
class OrganizationDirectory {

	private final Organizations organizations;

	private final StatementCatalog statements;

	private final Outcomes outcomes;

	OrganizationDirectory(Organizations organizations, StatementCatalog statements, Outcomes outcomes) {
		this.organizations = organizations;
		this.statements = statements;
		this.outcomes = outcomes;
	}

	Page<Organization> alphabetically(Pageable pageable) {
		return this.organizations.alphabetically(pageable);
	}

	/**
	 * One organization with what refers to it.
	 * @throws NotFoundException if no organization has the slug
	 */
	OrganizationProfile profile(String slug) {
		Organization organization = this.organizations.page(slug)
			.orElseThrow(() -> new NotFoundException("organization"));
		return new OrganizationProfile(organization, this.organizations.partsOf(organization),
				this.statements.from(organization), this.outcomes.organizedBy(organization));
	}

}
