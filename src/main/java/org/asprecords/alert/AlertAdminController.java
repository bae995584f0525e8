package org.asprecords.alert;

import jakarta.servlet.http.HttpServletRequest;

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

	/**
	 * With no mail server, nothing waiting will ever reach its recipient: an ADMIN sees
	 * the links of the mails in full, to try alerts on a portal without mail
	 * ({@code ./mvnw spring-boot:run}). Editors never do.
	 */
	@GetMapping
	String overview(Model model, HttpServletRequest request) {
		AlertCounts.Counts counts = this.counts.now();
		model.addAttribute("counts", counts);
		model.addAttribute("waiting", this.counts.waiting(!counts.mailServer() && request.isUserInRole("ADMIN")));
		return "admin/alerts/index";
	}

}
