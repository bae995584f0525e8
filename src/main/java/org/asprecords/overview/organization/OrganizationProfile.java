package org.asprecords.overview.organization;

import java.util.List;

import org.asprecords.organization.Organization;
import org.asprecords.outcome.SideEvent;
import org.asprecords.statement.Statement;

/**
 * Everything an organization's page shows.
 *
 * @param organization the organization, with its parent and country
 * @param children organizations that belong to it
 * @param statements statements that came from it
 * @param sideEvents side events it organized
 */
public record OrganizationProfile(Organization organization, List<Organization> children, List<Statement> statements,
		List<SideEvent> sideEvents) {

}
