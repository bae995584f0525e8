package org.asprecords.organization;

import org.asprecords.state.StateRepository;
import org.asprecords.web.form.NamedRecordAdminPages;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The admin pages of organizations: the list, and the form to record or correct one.
 */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminController extends NamedRecordAdminPages<Organization, OrganizationForm> {

	private final OrganizationRepository organizations;

	private final StateRepository states;

	OrganizationAdminController(OrganizationEditor editor, OrganizationRepository organizations,
			StateRepository states) {
		super("organizations", editor, organizations::findForAdmin, OrganizationForm::new);
		this.organizations = organizations;
		this.states = states;
	}

	@Override
	protected void addOptions(Model model) {
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("allOrganizations", this.organizations.findAll(Sort.by("name")));
		model.addAttribute("allStates", this.states.findAll(Sort.by("name")));
	}

}
