package org.asprecords.outcome;

import org.springframework.stereotype.Service;

/**
 * Records and corrects the policies the Assembly adopted, from the admin forms.
 */
@Service
public class PolicyEditor extends AdoptedOutcomeEditor<Policy, PolicyForm> {

	PolicyEditor(PolicyRepository policies, Collaborators collaborators) {
		super(policies, "policy", Policy::new, PolicyForm::from, policies::findBySessionAndSlug, collaborators);
	}

	@Override
	protected void applyOwn(PolicyForm form, Policy policy) {
		form.applyTo(policy);
	}

}
