package org.asprecords.overview.organization;

import java.util.List;

import org.asprecords.db.NotFoundException;
import org.asprecords.organization.Organization;
import org.asprecords.organization.Organizations;
import org.asprecords.outcome.Outcomes;
import org.asprecords.overview.Profile;
import org.asprecords.overview.ProfileLists;
import org.asprecords.overview.ProfileRecords;
import org.asprecords.statement.StatementCatalog;
import org.asprecords.statement.StatementRelation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads organizations for the public pages: a page of the list in two queries; one
 * organization's page in two (the organization, how many records each of its lists holds,
 * kept until a save) and one for each of its lists that holds any, bounded by what the
 * page shows ({@link ProfileLists}).
 */
@Service
@Transactional(readOnly = true)
class OrganizationDirectory {

	private final Organizations organizations;

	private final ProfileLists lists;

	private final StatementCatalog statements;

	private final Outcomes outcomes;

	OrganizationDirectory(Organizations organizations, ProfileLists lists, StatementCatalog statements,
			Outcomes outcomes) {
		this.organizations = organizations;
		this.lists = lists;
		this.statements = statements;
		this.outcomes = outcomes;
	}

	Page<Organization> alphabetically(Pageable pageable) {
		return this.organizations.alphabetically(pageable);
	}

	/**
	 * One organization with the first records of each list.
	 * @throws NotFoundException if no organization has the slug
	 */
	Profile<Organization, OrganizationList> profile(String slug) {
		Organization organization = organization(slug);
		return this.lists.profile(organization, organization.getId(), OrganizationList.class,
				(list, pageable) -> read(organization, list, pageable));
	}

	/**
	 * A page of one of an organization's lists.
	 * @throws NotFoundException if no organization has the slug
	 */
	ProfileRecords<Organization, OrganizationList> records(String slug, OrganizationList list, Pageable pageable) {
		Organization organization = organization(slug);
		return this.lists.records(organization, organization.getId(), list, pageable,
				(kind, page) -> read(organization, kind, page));
	}

	private Organization organization(String slug) {
		return this.organizations.page(slug).orElseThrow(() -> new NotFoundException("organization"));
	}

	private List<?> read(Organization organization, OrganizationList list, Pageable pageable) {
		return switch (list) {
			case MEMBERS -> this.organizations.partsOf(organization, pageable);
			case STATEMENTS -> this.statements.page(StatementRelation.FROM, organization.getId(), pageable);
			case SIDE_EVENTS -> this.outcomes.organizedBy(organization, pageable);
		};
	}

}
