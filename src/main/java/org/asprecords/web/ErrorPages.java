package org.asprecords.web;

import java.sql.SQLException;
import java.util.Map;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.asprecords.db.DatabaseUnavailable;
import org.asprecords.db.NotFoundException;
import org.hibernate.HibernateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers what a visitor can get wrong (an unknown address, a malformed parameter, a page
 * beyond a list's last) with the portal's own page and the right status, and a database
 * out of reach with a 503 that says to try again shortly ({@link ErrorAnswer}). Nothing
 * of the exception reaches the answer. Errors outside Spring MVC (refused by security, a
 * filter's failure) reach the same answers through {@link ErrorPageController}.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPages.class);

	private final ErrorAnswer answers;

	ErrorPages(ErrorAnswer answers) {
		this.answers = answers;
	}

	@ExceptionHandler(PageNotFoundException.class)
	Object pageNotFound(PageNotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND,
				Map.of("lastPage", ex.lastPage(), "lastPageUrl", Pagination.url(ex.lastPage())));
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, Map.of());
	}

	/**
	 * A request no page of the portal sends: a bad parameter, or a form line far beyond
	 * any the form offers ({@code InvalidPropertyException}, once a binder's limit on
	 * growing a list is passed).
	 */
	@ExceptionHandler({ BadRequestException.class, TypeMismatchException.class, InvalidPropertyException.class,
			MissingServletRequestParameterException.class, HandlerMethodValidationException.class,
			BindException.class })
	Object badRequest(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.BAD_REQUEST, Map.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, Map.of());
	}

	/**
	 * The database could not serve the request for now: a 503 within the pool's short
	 * wait rather than a 500. Any other failure of these kinds is the portal's own and is
	 * thrown on, to be logged and answered as a 500.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
			HibernateException.class, SQLException.class })
	Object databaseTrouble(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (!DatabaseUnavailable.causes(ex)) {
			throw ex;
		}
		logger.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
				DatabaseUnavailable.describe(ex));
		return answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, Map.of());
	}

	private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			Map<String, Object> extra) {
		return this.answers.answer(request, response, request.getRequestURI(), status, extra);
	}

}
