package org.asprecords.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request parameter the portal cannot understand (an unknown topic, say). Answered with
 * the friendly 400 page.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequestException extends RuntimeException {

	public BadRequestException(String what) {
		super(what);
	}

}
