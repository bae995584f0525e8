package org.asprecords.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that began more than {@code portal.session-lifetime} ago, however active
 * it has been, so that its editor signs in again (a session left unused ends sooner,
 * after {@code server.servlet.session.timeout}). Only requests that carry a session are
 * concerned: visitors have none.
 */
class SessionLifetime extends OncePerRequestFilter {

	private final Duration lifetime;

	SessionLifetime(Duration lifetime) {
		this.lifetime = lifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null
				&& Instant.ofEpochMilli(session.getCreationTime()).plus(this.lifetime).isBefore(Instant.now())) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
