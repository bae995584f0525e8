package org.asprecords.state;

import org.asprecords.web.form.NamedRecordAdminPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The admin pages of States: the list, and the form to record or correct one.
 */
@Controller
@RequestMapping("/admin/states")
class StateAdminController extends NamedRecordAdminPages<State, StateForm> {

	StateAdminController(StateEditor editor, StateRepository states) {
		super("states", editor, states::findForAdmin, StateForm::new);
	}

	@Override
	protected void addOptions(Model model) {
		model.addAttribute("regionalGroups", RegionalGroup.values());
		model.addAttribute("joinedBys", JoinedBy.values());
	}

}
