package org.asprecords.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement: the standard the portal aims at, and how it is tested.
 */
@Controller
class AccessibilityController {

	@GetMapping("/accessibility")
	String statement() {
		return "accessibility";
	}

}
