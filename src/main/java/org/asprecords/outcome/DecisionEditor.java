package org.asprecords.outcome;

import org.springframework.stereotype.Service;

/**
 * Records and corrects the Assembly's decisions from the admin forms, seat allocations
 * included ({@link Decision#seats}).
 */
@Service
public class DecisionEditor extends AdoptedOutcomeEditor<Decision, DecisionForm> {

	DecisionEditor(DecisionRepository decisions, Collaborators collaborators) {
		super(decisions, "decision", Decision::new, DecisionForm::from, decisions::findBySessionAndSlug, collaborators);
	}

	@Override
	protected void applyOwn(DecisionForm form, Decision decision) {
		form.applyTo(decision);
	}

}
