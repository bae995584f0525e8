package org.asprecords.db;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No record answers to the key asked for (a slug, a year, a symbol). Thrown by the
 * features' services, which know nothing of the web; {@code web.ErrorPages} answers it
 * with the friendly 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
