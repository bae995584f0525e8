package org.asprecords.alert;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the alerts hold, for editors: counts, never addresses, and the mails waiting to be
 * sent (all of them while no mail server is configured), without their recipients and
 * with their links' tokens hidden.
 */
@Controller
@RequestMapping("/admin/alerts")
class AlertAdminController {

	private final AlertCounts counts;

	AlertAdminController(AlertCounts counts) {
		this.counts = counts;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("counts", this.counts.now());
		model.addAttribute("waiting", this.counts.waiting());
		return "admin/alerts/index";
	}

}
