package org.asprecords.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.asprecords.db.DatabaseUnavailable;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 503 page of a database outage is written without the admin's session. Sessions are
 * kept in PostgreSQL, and while the error page is made several parts of Spring ask for
 * the session again (flash attributes, the security context): each would wait for the
 * pool, fail, and turn the plain 503 into the servlet container's bare 500. On that page
 * only, the request says it has no session.
 */
@Configuration(proxyBeanMethods = false)
class SessionlessTroublePages {

	/** After Spring Session's filter (which wraps the request), before the others. */
	private static final int ORDER = Integer.MIN_VALUE + 60;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionlessOnTroublePages() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Sessionless());
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(ORDER);
		return registration;
	}

	static final class Sessionless extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			boolean trouble = failure instanceof Throwable thrown && DatabaseUnavailable.causes(thrown);
			chain.doFilter(trouble ? new WithoutSession(request) : request, response);
		}

	}

	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			return null;
		}

		@Override
		public HttpSession getSession() {
			return null;
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

}
