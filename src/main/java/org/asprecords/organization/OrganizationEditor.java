package org.asprecords.organization;

import org.asprecords.db.FieldRejectedException;
import org.asprecords.db.Publication;
import org.asprecords.db.RecordHistory;
import org.asprecords.state.State;
import org.asprecords.state.States;
import org.asprecords.web.form.Chosen;
import org.asprecords.web.form.NamedRecordEditor;

import org.springframework.stereotype.Service;

/**
 * Records and corrects organizations from the admin forms: besides the shared rules of
 * named records, a recorded country, and a parent organization that is recorded and is
 * neither the organization itself nor one that belongs to it.
 */
@Service
public class OrganizationEditor extends NamedRecordEditor<Organization, OrganizationForm> {

	private final OrganizationRepository organizations;

	private final States states;

	OrganizationEditor(OrganizationRepository organizations, States states, Publication publication,
			RecordHistory history) {
		super(organizations, "organization", organizations::findBySlug, Organization::new, OrganizationForm::from,
				publication, history);
		this.organizations = organizations;
		this.states = states;
	}

	@Override
	protected void applyDetails(OrganizationForm form, Organization organization) {
		Organization parent = Chosen.one(form.getParent(), this.organizations::findBySlug, "parent",
				"admin.named.organization.unknown");
		for (Organization above = parent; above != null; above = above.getParent()) {
			if (organization.getId() != null && organization.getId().equals(above.getId())) {
				throw new FieldRejectedException("parent", "admin.organizations.parent.cycle");
			}
		}
		State country = Chosen.one(form.getCountry(), this.states::bySlug, "country", "admin.named.state.unknown");
		organization.setParent(parent);
		organization.setCountry(country);
		form.applyTo(organization);
	}

}
