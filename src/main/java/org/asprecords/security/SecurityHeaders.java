package org.asprecords.security;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * The headers every answer carries, whoever writes it: Spring Security on what the portal
 * answers, {@link SecurityConfiguration#securityHeadersOnErrorPages} on error pages
 * rendered after a request was refused before Spring Security's header filter, and
 * {@link PlainErrorReportValve} on what Tomcat refuses by itself. A header already set is
 * left as it is.
 * <p>
 * Documents meant for reuse by other sites (the API, open data, CSV files, feeds,
 * citations) may be loaded cross-origin; everything else only by the portal's own pages.
 * HSTS is sent over HTTPS only, including behind a TLS-terminating proxy that Tomcat
 * trusts (it then reports the request as secure).
 */
final class SecurityHeaders implements HeaderWriter {

	static final SecurityHeaders INSTANCE = new SecurityHeaders();

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

	/**
	 * Powerful features the portal never uses, denied to it and to anything it could
	 * embed; {@code browsing-topics} keeps visitors out of interest-based advertising.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

	private static final List<String> REUSABLE = List.of("/api/", "/v3/api-docs", "/open-data/", "/feeds/", "/cite/");

	private static final List<Header> ALWAYS = List.of(new Header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
			new Header("X-Content-Type-Options", "nosniff"), new Header("X-Frame-Options", "DENY"),
			new Header("Referrer-Policy", "strict-origin-when-cross-origin"),
			new Header("Permissions-Policy", PERMISSIONS_POLICY),
			new Header("Cross-Origin-Opener-Policy", "same-origin"));

	private SecurityHeaders() {
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		ALWAYS.forEach((header) -> header.writeTo(response));
		new Header("Cross-Origin-Resource-Policy", reusable(request) ? "cross-origin" : "same-origin")
			.writeTo(response);
		if (request.isSecure()) {
			new Header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY).writeTo(response);
		}
	}

	/**
	 * Whether the address asked for (on an error page, the one that failed) is a document
	 * other sites may reuse.
	 */
	private static boolean reusable(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String path) ? path : request.getRequestURI();
		if (uri == null) {
			return false;
		}
		String context = request.getContextPath();
		String path = (context != null && uri.startsWith(context)) ? uri.substring(context.length()) : uri;
		return path.endsWith(".csv") || REUSABLE.stream().anyMatch(path::startsWith);
	}

	private record Header(String name, String value) {

		void writeTo(HttpServletResponse response) {
			if (!response.containsHeader(this.name)) {
				response.setHeader(this.name, this.value);
			}
		}

	}

}
