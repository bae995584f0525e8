package org.asprecords.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers what a visitor can get wrong (an unknown address, a malformed parameter) with
 * the portal's own page and the right status. Nothing of the exception reaches the page.
 * Errors outside Spring MVC (refused by security, say) reach the same templates through
 * Boot's error controller.
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ BadRequestException.class, TypeMismatchException.class,
			MissingServletRequestParameterException.class, HandlerMethodValidationException.class })
	ModelAndView badRequest() {
		return page(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed() {
		return page(HttpStatus.METHOD_NOT_ALLOWED);
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error/" + status.value());
		page.setStatus(status);
		return page;
	}

}
