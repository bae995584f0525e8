package org.asprecords.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers what a visitor can get wrong (an unknown address, a malformed parameter) with
 * the portal's own page and the right status, or, under {@code /api/}, with an RFC 9457
 * problem document. Nothing of the exception reaches the answer. Errors outside Spring
 * MVC (refused by security, say) reach the same templates through Boot's error
 * controller.
 */
@ControllerAdvice
class ErrorPages {

	static final String API = "/api/";

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	Object notFound(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ BadRequestException.class, TypeMismatchException.class,
			MissingServletRequestParameterException.class, HandlerMethodValidationException.class })
	Object badRequest(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED);
	}

	private Object answer(HttpServletRequest request, HttpStatus status) {
		if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					this.messages.getMessage("api.problem." + status.value(), null, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/" + status.value());
		page.setStatus(status);
		return page;
	}

}
