package org.asprecords.overview.organization;

import org.asprecords.db.NotFoundException;
import org.asprecords.db.RecordsCache;
import org.asprecords.organization.Organization;
import org.asprecords.organization.OrganizationRepository;
import org.asprecords.outcome.SideEventRepository;
import org.asprecords.statement.StatementRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

	private final OrganizationRepository organizations;

	private final StatementRepository statements;

	private final SideEventRepository sideEvents;

	private final RecordsCache cache;

	OrganizationDirectory(OrganizationRepository organizations, StatementRepository statements,
			SideEventRepository sideEvents, RecordsCache cache) {
		this.organizations = organizations;
		this.statements = statements;
		this.sideEvents = sideEvents;
		this.cache = cache;
	}

	/**
	 * A page of organizations by name. How many there are is kept until the records
	 * change ({@link RecordsCache}): counting reads every row.
	 */
	Page<Organization> alphabetically(Pageable pageable) {
		return new PageImpl<>(this.organizations.findAlphabetically(pageable), pageable,
				this.cache.get("organizations-shown", this.organizations::count));
	}

	/**
	 * One organization with what refers to it.
	 * @throws NotFoundException if no organization has the slug
	 */
	OrganizationProfile profile(String slug) {
		Organization organization = this.organizations.findPage(slug)
			.orElseThrow(() -> new NotFoundException("organization"));
		return new OrganizationProfile(organization, this.organizations.findByParentOrderByName(organization),
				this.statements.findFrom(organization), this.sideEvents.findOrganizedBy(organization));
	}

}
