package org.asprecords.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.asprecords.db.DatabaseUnavailable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * How the portal answers an error, whoever met it (a controller, a filter, the servlet
 * container): the portal's own page in the visitor's language, or under {@code /api/} an
 * RFC 9457 problem document, whatever the request's {@code Accept}; never the exception's
 * text. A 503 says when to try again ({@code Retry-After}) and, after a refused form,
 * gives back what was sent so that nothing typed is lost.
 */
@Component
class ErrorAnswer {

	static final String API = "/api/";

	/** The statuses that have a text of their own; others read as their class's. */
	private static final List<Integer> OWN_TEXTS = List.of(400, 403, 404, 405, 500, 503);

	private final MessageSource messages;

	ErrorAnswer(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param uri the address asked for, as the request gave it (with the context path)
	 * @param extra what the page adds to its text (a list's last page, say)
	 */
	Object answer(HttpServletRequest request, HttpServletResponse response, String uri, HttpStatus status,
			Map<String, Object> extra) {
		int shown = shownStatus(status);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		}
		String path = (uri != null && uri.startsWith(request.getContextPath()))
				? uri.substring(request.getContextPath().length()) : String.valueOf(uri);
		if (path.startsWith(API)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					this.messages.getMessage("api.problem." + shown, null, LocaleContextHolder.getLocale()));
			problem.setInstance(instance(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/page", extra);
		page.addObject("status", shown);
		if (status == HttpStatus.SERVICE_UNAVAILABLE && isFormPost(request)) {
			page.addObject("resend", new Resend(path, SentForm.of(request.getParameterMap())));
		}
		page.setStatus(status);
		return page;
	}

	/** The address asked for, which the request gives percent-encoded, or nearly. */
	private static URI instance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8));
		}
	}

	private static boolean isFormPost(HttpServletRequest request) {
		return HttpMethod.POST.matches(request.getMethod()) && request.getContentType() != null
				&& request.getContentType()
					.toLowerCase(Locale.ROOT)
					.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private static int shownStatus(HttpStatus status) {
		if (OWN_TEXTS.contains(status.value())) {
			return status.value();
		}
		return status.is5xxServerError() ? 500 : 400;
	}

	/**
	 * A form to send again: where it went and what it held.
	 */
	public record Resend(String action, List<SentForm.Field> fields) {
	}

}
