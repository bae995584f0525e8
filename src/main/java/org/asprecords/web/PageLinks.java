package org.asprecords.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import static org.asprecords.web.api.Links.absolute;

/**
 * The links every public page puts in its head: its canonical address (in the page's
 * language: the French page is {@code ?lang=fr}, a page of its own), the same page in
 * each language for search engines ({@code hreflang}, English the default), and, for
 * pages the JSON API mirrors (every page of records; the home page's twin is the API's
 * root), the same record or list as JSON.
 */
@ControllerAdvice
class PageLinks {

	/** The paths the JSON API mirrors under {@code /api/v1}. */
	private static final List<String> MIRRORED = Stream
		.concat(RecordPaths.Collection.paths().stream(), Stream.of("/search"))
		.toList();

	@ModelAttribute("pageLinks")
	Links pageLinks(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// the home page has nothing to filter: one address per language
		String query = path.equals("/") ? null : request.getQueryString();
		String english = LanguageSwitch.link(path, query, Locale.ENGLISH, true);
		String french = LanguageSwitch.link(path, query, Locale.FRENCH, true);
		String canonical = Locale.FRENCH.equals(Languages.ofAddress(request)) ? french : english;
		String json = null;
		if (path.equals("/")) {
			json = "/api/v1";
		}
		else if (MIRRORED.stream().anyMatch((list) -> path.equals(list) || path.startsWith(list + "/"))) {
			json = "/api/v1" + english;
		}
		return new Links(absolute(canonical), absolute(english), absolute(french),
				(json != null) ? absolute(json) : null);
	}

	/**
	 * @param canonical the page's own address
	 * @param english the page in English, also the default for other languages
	 * @param french the page in French
	 * @param json the page's JSON twin, or {@code null} where the API has none
	 */
	public record Links(String canonical, String english, String french, String json) {

	}

}
