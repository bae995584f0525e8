package org.asprecords.outcome;

import org.springframework.stereotype.Service;

/**
 * Records and corrects amendments from the admin forms.
 */
@Service
public class AmendmentEditor extends AdoptedOutcomeEditor<Amendment, AmendmentForm> {

	AmendmentEditor(AmendmentRepository amendments, Collaborators collaborators) {
		super(amendments, "amendment", Amendment::new, AmendmentForm::from, amendments::findBySessionAndSlug,
				collaborators);
	}

	@Override
	protected void applyOwn(AmendmentForm form, Amendment amendment) {
		form.applyTo(amendment);
	}

}
