package org.asprecords.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a signed-in editor or admin lands: a welcome and the sections of the admin area.
 */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "admin/index";
	}

}
