package org.asprecords.security;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security's form login handles what it posts.
 */
@Controller
class LoginController {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@GetMapping("/login")
	String login(Authentication signedIn) {
		return (this.trust.isAuthenticated(signedIn)) ? "redirect:/admin" : "login";
	}

}
