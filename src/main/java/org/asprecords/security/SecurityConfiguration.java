package org.asprecords.security;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.asprecords.PortalProperties;
import org.asprecords.db.DatabaseUnavailable;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what. Visitors may GET any public page, and post only the forms of alerts by
 * email ({@code /alerts}). The admin area ({@code /admin/**}) is for signed-in EDITORs
 * and ADMINs, user management ({@code /admin/users/**}) and emptying the trash for
 * ADMINs; signing in is a form at {@code /login} whose failures are throttled
 * ({@link SignInThrottle}). Every form carries a CSRF token; the session id changes at
 * sign-in; signing out ends the session. Sessions are kept in PostgreSQL by Spring
 * Session, so any portal instance can serve any admin; they end after
 * {@code server.servlet.session.timeout} unused, and {@code portal.session-lifetime}
 * after sign-in ({@link SessionLifetime}).
 * <p>
 * Only a sign-in makes a session: visitors, the sign-in page and failed sign-ins keep
 * none. The CSRF token of a form and the admin page a visitor asked before signing in are
 * kept in cookies (HttpOnly, SameSite=Lax, and Secure over HTTPS) instead.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The id of the algorithm new password hashes are written with.
	 */
	static final String PASSWORD_ENCODING_ID = "argon2";

	/**
	 * Where a mail client unsubscribes in one click (RFC 8058): a POST that cannot carry
	 * a CSRF token, the secret token in its address being what proves it comes from the
	 * mail. The one form exempt from the CSRF check.
	 */
	static final String ONE_CLICK_UNSUBSCRIBE = "/alerts/unsubscribe/*";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationManager signIn, PortalProperties portal)
			throws Exception {
		CookieCsrfTokenRepository formTokens = new CookieCsrfTokenRepository();
		formTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		AskedPages askedPages = new AskedPages();
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/admin/users/**", "/admin/trash/empty")
					.hasRole("ADMIN")
					.requestMatchers("/admin/**")
					.hasAnyRole("EDITOR", "ADMIN")
					.requestMatchers(HttpMethod.GET, "/actuator/health/**")
					.permitAll()
					.requestMatchers(HttpMethod.GET, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/alerts", "/alerts/**")
					.permitAll()
					.anyRequest()
					.denyAll())
			.authenticationManager(signIn)
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(askedPages)
				.failureHandler(signInFailure(new DefaultRedirectStrategy())))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
			.csrf((csrf) -> csrf.csrfTokenRepository(formTokens)
				.ignoringRequestMatchers(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE)))
			.requestCache((cache) -> cache.requestCache(askedPages))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(new SessionLifetime(portal.sessionLifetime()), SecurityContextHolderFilter.class)
			.addFilterAfter(new FormTokenFirst(), CsrfFilter.class)
			.headers((headers) -> headers.defaultsDisabled()
				.cacheControl(Customizer.withDefaults())
				.addHeaderWriter(SecurityHeaders.INSTANCE));
		return http.build();
	}

	/**
	 * The {@link SecurityHeaders} on error pages: Spring Security's header filter leaves
	 * error dispatches alone, and a request its firewall refused (or Tomcat, before the
	 * portal's error page) never passed that filter.
	 */
	@Bean
	FilterRegistrationBean<Filter> securityHeadersOnErrorPages() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			SecurityHeaders.INSTANCE.writeHeaders((HttpServletRequest) request, (HttpServletResponse) response);
			chain.doFilter(request, response);
		});
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> plainTomcatErrorPages() {
		return PlainErrorReportValve::replaceTomcats;
	}

	/**
	 * Back to the sign-in page with a generic message: a wrong username, a wrong password
	 * and a disabled account all read the same; a throttled attempt says so; a database
	 * out of reach gets the 503 page. Nothing is stored in the session.
	 */
	private static AuthenticationFailureHandler signInFailure(RedirectStrategy redirects) {
		return (request, response, exception) -> {
			if (DatabaseUnavailable.causes(exception)) {
				// Not a wrong password: the accounts could not be read. Try again
				// shortly.
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
			}
			redirects.sendRedirect(request, response,
					(exception instanceof SignInThrottledException) ? "/login?throttled" : "/login?error");
		};
	}

	/**
	 * Checks usernames and passwords for the form login, behind the throttle. It is this
	 * chain's only authentication manager, with no parent to fall back to, so a refused
	 * attempt cannot be retried elsewhere; it publishes Spring Security's authentication
	 * events (the accounts note sign-ins from them).
	 */
	@Bean
	AuthenticationManager signInManager(UserDetailsService accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	/**
	 * Password hashes name their algorithm
	 * ({@code {argon2}$argon2id$v=19$m=19456,t=2,...}), so that a later algorithm can be
	 * added while old hashes still match.
	 * <p>
	 * {@code PasswordEncoderFactories.createDelegatingPasswordEncoder()} writes "bcrypt"
	 * in Spring Security 7.1 (checked in the 7.1.2 jar). It is not used here: BCrypt
	 * refuses passwords over 72 bytes ("password cannot be more than 72 bytes"), and the
	 * policy allows 128 characters. New hashes are Argon2id instead (OWASP's first
	 * choice), with OWASP's minimum cost: 19 MiB of memory, 2 iterations, 1 lane.
	 * <p>
	 * A hash of any other kind (an account copied in from elsewhere) matches no password,
	 * so that signing in to it is refused as a wrong password is; by default the encoder
	 * threw, and the sign-in page answered 500.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(PASSWORD_ENCODING_ID,
				Map.of(PASSWORD_ENCODING_ID, argon2));
		encoder.setDefaultPasswordEncoderForMatches(new MatchesNothing());
		return encoder;
	}

	/** What matches a hash of a kind the portal does not write: no password. */
	private static final class MatchesNothing implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("only matches, never encodes");
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return false;
		}

	}

	/**
	 * An ADMIN may do everything an EDITOR may.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
	}

}
