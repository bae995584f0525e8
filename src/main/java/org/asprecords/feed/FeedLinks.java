package org.asprecords.feed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.asprecords.search.SearchKind;
import org.asprecords.web.SearchText;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The feeds a public page offers, for its head (autodiscovery: browsers and feed readers
 * find them there) and its footer: every page the feed of everything; a list or a record
 * the feed of its kind; a session or a record of one the session's feed; a search the
 * feed of its matches. A French page links to the French feeds, since a feed reader sends
 * no language cookie.
 */
@ControllerAdvice
class FeedLinks {

	static final String ALL = "/feeds/all.atom";

	/** The kinds of record with a list page of their own, at {@code /} + collection. */
	static final Set<SearchKind> LISTS = EnumSet.of(SearchKind.SESSION, SearchKind.RESOLUTION, SearchKind.ELECTION,
			SearchKind.BUDGET, SearchKind.STATEMENT, SearchKind.PERSON, SearchKind.STATE, SearchKind.ORGANIZATION);

	private final MessageSource messages;

	FeedLinks(MessageSource messages) {
		this.messages = messages;
	}

	static String kind(SearchKind kind) {
		return "/feeds/" + kind.collection() + ".atom";
	}

	static String session(String slug) {
		return "/feeds/sessions/" + slug + ".atom";
	}

	static String search(String text, SearchKind kind) {
		return UriComponentsBuilder.fromPath("/feeds/search.atom")
			.queryParam("q", text)
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * The {@code lang} a feed's address carries: French only, English being the default.
	 */
	static String language(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "fr" : null;
	}

	static String withLanguage(String feed, String language) {
		return (language == null) ? feed
				: UriComponentsBuilder.fromUriString(feed).queryParam("lang", language).build().toUriString();
	}

	@ModelAttribute("feedLinks")
	List<FeedLink> feedLinks(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] segments = path.substring(1).split("/");
		List<FeedLink> links = new ArrayList<>();
		if (path.equals("/search")) {
			String text = SearchText.clean(request.getParameter("q"));
			if (!text.isEmpty()) {
				links
					.add(link(search(text, kindNamed(request.getParameter("kind"))), "feed.link.search", locale, text));
			}
		}
		Optional<SearchKind> list = SearchKind.ofCollection(segments[0]).filter(LISTS::contains);
		if (list.isPresent()) {
			// a session's amendments, policies, decisions and side events live under
			// /sessions/{slug}/
			SearchKind kind = (list.get() == SearchKind.SESSION && segments.length >= 4)
					? SearchKind.ofCollection(segments[2]).orElse(SearchKind.SESSION) : list.get();
			links.add(link(kind(kind), "feed.link.kind", locale, kindName(kind, locale)));
			boolean ofSession = (list.get() == SearchKind.SESSION && segments.length >= 2)
					|| (EnumSet.of(SearchKind.ELECTION, SearchKind.STATEMENT).contains(list.get())
							&& segments.length == 3);
			if (ofSession) {
				links.add(link(session(segments[1]), "feed.link.session", locale));
			}
		}
		links.add(link(ALL, "feed.link.all", locale));
		return links;
	}

	private static SearchKind kindNamed(String name) {
		return EnumSet.allOf(SearchKind.class)
			.stream()
			.filter((kind) -> kind.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	private String kindName(SearchKind kind, Locale locale) {
		return this.messages.getMessage("search.kind." + kind.name(), null, locale);
	}

	private FeedLink link(String feed, String title, Locale locale, Object... arguments) {
		return new FeedLink(withLanguage(feed, language(locale)), this.messages.getMessage(title, arguments, locale));
	}

	/**
	 * @param href the feed's address, from the portal's root
	 * @param title what the feed follows, in the page's language
	 */
	public record FeedLink(String href, String title) {

	}

}
