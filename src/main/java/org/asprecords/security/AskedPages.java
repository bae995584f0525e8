package org.asprecords.security;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admin page a visitor asked before being sent to sign in, kept in a cookie
 * (HttpOnly, SameSite=Lax, Secure over HTTPS) rather than in a session, and where the
 * editor lands after signing in (else the admin home). Only the path and query of the
 * page asked are used, and only under {@code /admin}: the host it was asked on came from
 * the request, which a client can forge, and the cookie can be made by hand.
 */
class AskedPages extends CookieRequestCache implements AuthenticationSuccessHandler {

	static final String ADMIN_HOME = "/admin";

	/**
	 * An admin path, with its query if any, of visible ASCII characters but the backslash
	 * (which browsers read as a slash).
	 */
	private static final Pattern ADMIN_PAGE = Pattern.compile("/admin([/?][\\x21-\\x5b\\x5d-\\x7e]*)?");

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	AskedPages() {
		setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, ADMIN_HOME + "/**"));
		setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
	}

	/**
	 * The page asked, or {@code null}, also when the cookie is not one the portal wrote.
	 */
	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		try {
			return super.getRequest(request, response);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SavedRequest asked = getRequest(request, response);
		removeRequest(request, response);
		this.redirects.sendRedirect(request, response, target(asked));
	}

	private static String target(SavedRequest asked) {
		if (asked == null) {
			return ADMIN_HOME;
		}
		try {
			UriComponents address = UriComponentsBuilder.fromUriString(asked.getRedirectUrl()).build();
			String page = address.getPath() + ((address.getQuery() != null) ? "?" + address.getQuery() : "");
			return ADMIN_PAGE.matcher(page).matches() ? page : ADMIN_HOME;
		}
		catch (IllegalArgumentException ex) {
			return ADMIN_HOME;
		}
	}

}
