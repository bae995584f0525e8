package org.asprecords.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the CSRF token of the sign-in page, of admin pages and of the alerts' forms
 * before the page is written. Spring Security makes it only when a form first asks for
 * it, and by then a long page (an admin list showing a long search, say) may have filled
 * the response buffer and been sent, too late for the token's cookie: the form would then
 * carry a token its browser never got. Public pages are left alone, so that they set no
 * cookie and stay cacheable.
 */
class FormTokenFirst extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/login") || path.equals("/admin") || path.startsWith("/admin/")
				|| path.startsWith("/alerts/"));
	}

}
