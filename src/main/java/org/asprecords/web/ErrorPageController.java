package org.asprecords.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.asprecords.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Where the servlet container sends every error that Spring MVC did not answer itself: a
 * request refused by security, a failure in a filter (a session that could not be read
 * from the database, say), a status sent with {@code sendError}. It replaces Boot's
 * default error controller, whose JSON body (timestamp, path, error) reached clients that
 * did not ask for HTML: every client now gets the portal's page, or under {@code /api/} a
 * problem document ({@link ErrorAnswer}).
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPageController.class);

	private final ErrorAnswer answers;

	private final ErrorAttributes errors;

	ErrorPageController(ErrorAnswer answers, ErrorAttributes errors) {
		this.answers = answers;
		this.errors = errors;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return this.answers.answer(request, response, (uri != null) ? uri : request.getRequestURI(), status, Map.of());
	}

	private HttpStatus statusOf(HttpServletRequest request) {
		Throwable failure = this.errors.getError(new ServletWebRequest(request));
		if (failure != null && DatabaseUnavailable.causes(failure)) {
			logger.warn("Database unavailable for {} {}: {}", request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), DatabaseUnavailable.describe(failure));
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
