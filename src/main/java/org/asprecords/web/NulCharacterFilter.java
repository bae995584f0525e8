package org.asprecords.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with the friendly 400 page, a request whose address or parameters hold a NUL
 * character: no page needs one, and PostgreSQL rejects it in text, so it would otherwise
 * surface as a server error wherever a parameter reaches a query.
 */
@Component
class NulCharacterFilter extends OncePerRequestFilter {

	private static final char NUL = '\u0000';

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (holdsNul(request)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean holdsNul(HttpServletRequest request) {
		if (request.getRequestURI().indexOf(NUL) >= 0 || request.getRequestURI().contains("%00")) {
			return true;
		}
		return request.getParameterMap()
			.values()
			.stream()
			.flatMap(Arrays::stream)
			.anyMatch((value) -> value.indexOf(NUL) >= 0);
	}

}
