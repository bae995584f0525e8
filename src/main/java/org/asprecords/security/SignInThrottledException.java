package org.asprecords.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused, without checking its password, because of too many recent failures
 * for its username or from its address.
 */
class SignInThrottledException extends AuthenticationException {

	SignInThrottledException() {
		super("Too many failed sign-ins for this username or from this address");
	}

}
