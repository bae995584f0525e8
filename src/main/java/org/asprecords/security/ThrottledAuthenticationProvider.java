package org.asprecords.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the {@link SignInThrottle} around the check of a username and password: a
 * throttled attempt is refused before its password is looked at; any other is counted as
 * a failure before its password is checked, so that concurrent attempts cannot pass the
 * throttle together; a success clears its username's failures.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger logger = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = clientAddress(attempt);
		long failure = this.throttle.reserve(username, address).orElseThrow(() -> {
			logger.warn("Sign-in from {} refused unchecked: too many recent failures for its username or address",
					address);
			return new SignInThrottledException();
		});
		Authentication result;
		try {
			result = this.delegate.authenticate(attempt);
		}
		catch (InternalAuthenticationServiceException ex) {
			this.throttle.cancel(failure);
			throw ex;
		}
		catch (AuthenticationException ex) {
			logger.info("Failed sign-in from {}", address);
			throw ex;
		}
		if (result == null) {
			this.throttle.cancel(failure);
		}
		else {
			this.throttle.forget(username);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

	private static String clientAddress(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null)
				? details.getRemoteAddress() : "unknown";
	}

}
