package org.asprecords.pagecache;

import org.asprecords.db.RecordChanges;
import org.asprecords.web.ContentTags;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a public page from {@link RenderedPages} while the records are as they were when
 * it was rendered, and keeps what it renders otherwise. A revalidation
 * ({@code If-None-Match}) of a kept page is a 304 with no rendering; a repeated visit is
 * the kept bytes, compressed when the client accepts it. While the database is away, a
 * page kept before is served rather than the 503 page.
 * <p>
 * Only what is the same for every visitor is kept: GET and HEAD of public addresses, by
 * visitors without an admin session, answered 200 without setting a cookie. The admin
 * area, sign-in, a visitor's alerts, health and error pages are never kept, and they
 * answer {@code private, no-store}.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/**
	 * Browsers and shared caches may keep a page a minute, and show it while they check.
	 */
	static final String PUBLIC = "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400";

	private static final Set<String> PRIVATE_PREFIXES = Set.of("/admin", "/login", "/logout", "/alerts", "/actuator",
			"/error", "/v3/api-docs", "/swagger-ui");

	private static final Set<String> ASSET_PREFIXES = Set.of("/css/", "/js/", "/webjars/", "/favicon");

	/** The admin session's cookie (Spring Session's default name). */
	private static final String SESSION_COOKIE = "SESSION";

	private static final Set<String> NOT_KEPT_HEADERS = Set.of("set-cookie", "date", "content-length",
			"transfer-encoding", "content-encoding", "cache-control", "expires", "pragma", "vary", "etag");

	private final RenderedPages pages;

	private final RecordChanges changes;

	PageCacheFilter(RenderedPages pages, RecordChanges changes) {
		this.pages = pages;
		this.changes = changes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isKeptAddress(request) || !isAnonymous(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		long state = this.changes.state();
		RenderedPage kept = this.pages.get(key);
		if (kept != null && kept.state() == state && this.changes.listening()) {
			send(kept, request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value() && kept != null) {
			// The database is away: the page as last rendered beats the apology.
			send(kept, request, response);
			return;
		}
		if ("GET".equals(request.getMethod()) && isKeptAnswer(rendering) && this.changes.listening()) {
			RenderedPage page = RenderedPage.of(state, headersOf(rendering), rendering.getContentAsByteArray(),
					isCompressible(rendering.getContentType()));
			this.pages.put(key, page);
			send(page, request, response);
			return;
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * A public page's address is all it depends on, its language included
	 * ({@code ?lang=fr}): the same key a shared cache uses.
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	private static boolean isKeptAddress(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PRIVATE_PREFIXES.stream().noneMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"))
				&& ASSET_PREFIXES.stream().noneMatch(path::startsWith);
	}

	private static boolean isAnonymous(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIE.equals(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isKeptAnswer(ContentCachingResponseWrapper rendering) {
		return rendering.getStatus() == HttpStatus.OK.value() && rendering.getContentType() != null
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && !rendering.isCommitted();
	}

	private static boolean isCompressible(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.contains("json") || type.contains("xml");
	}

	private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (etag != null) {
			headers.add(Map.entry(HttpHeaders.ETAG, etag));
		}
		return headers;
	}

	/**
	 * Sends a kept page as it was, headers included, whatever the response held before
	 * (the headers of a rendering just kept, or of a 503 it replaces).
	 */
	private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.reset();
		String etag = (page.header(HttpHeaders.ETAG) != null) ? page.header(HttpHeaders.ETAG)
				: ContentTags.of(page.body());
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
		// the language is in the address: neither a cookie nor Accept-Language changes a
		// page
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		for (Map.Entry<String, String> header : page.headers()) {
			if (!header.getKey().equalsIgnoreCase(HttpHeaders.ETAG)) {
				response.addHeader(header.getKey(), header.getValue());
			}
		}
		response.setStatus(HttpStatus.OK.value());
		boolean gzip = page.gzipped() != null && acceptsGzip(request);
		byte[] body = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** Weak comparison (RFC 9110): the tags match whatever their W/ prefixes. */
	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String tag = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String asked : ifNoneMatch.split(",")) {
			String candidate = asked.strip();
			if (candidate.equals("*")
					|| (candidate.startsWith("W/") ? candidate.substring(2) : candidate).equals(tag)) {
				return true;
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")
				&& !accepted.toLowerCase(Locale.ROOT).contains("gzip;q=0");
	}

}
