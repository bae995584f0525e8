package org.asprecords.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import static org.asprecords.web.api.Links.absolute;

/**
 * The links every public page puts in its head: its canonical address (without the
 * language, which changes how it is shown, not what), and, for pages the JSON API mirrors
 * (every page of records; the home page's twin is the API's root), the same record or
 * list as JSON.
 */
@ControllerAdvice
class PageLinks {

	/** The paths the JSON API mirrors under {@code /api/v1}. */
	private static final List<String> MIRRORED = List.of("/sessions", "/resolutions", "/elections", "/budgets",
			"/statements", "/people", "/states", "/organizations", "/search");

	@ModelAttribute("pageLinks")
	Links pageLinks(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.replaceQueryParam(Languages.PARAMETER)
			.build()
			.getQuery();
		String address = path + ((query != null && !query.isEmpty()) ? "?" + query : "");
		if (path.equals("/")) {
			return new Links(absolute("/"), absolute("/api/v1"));
		}
		boolean mirrored = MIRRORED.stream().anyMatch((list) -> path.equals(list) || path.startsWith(list + "/"));
		return new Links(absolute(address), mirrored ? absolute("/api/v1" + address) : null);
	}

	/**
	 * @param json the page's JSON twin, or {@code null} where the API has none
	 */
	record Links(String canonical, String json) {

	}

}
