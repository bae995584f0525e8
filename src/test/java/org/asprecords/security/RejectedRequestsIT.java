package org.asprecords.security;

import java.io.IOException;
import java.util.stream.Stream;

import org.asprecords.support.RawHttp;
import org.asprecords.support.RawHttp.Answer;
import org.asprecords.support.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Requests refused before the portal's pages are reached, by Tomcat (it cannot read them,
 * or they are over its limits) or by Spring Security's firewall, sent byte for byte to
 * the running portal: each answer carries the same security headers as any page and names
 * no server; what Tomcat answers by itself is plain text holding the status only, without
 * Tomcat's page.
 */
@ServerTest
class RejectedRequestsIT {

	private static final String END = "Connection: close\r\n\r\n";

	@LocalServerPort
	int port;

	static Stream<Arguments> refusedByTomcat() {
		return Stream.of(arguments("a space in the address", "GET /a b c HTTP/1.1\r\nHost: localhost\r\n" + END, 400),
				arguments("a malformed percent-escape", "GET /%zz HTTP/1.1\r\nHost: localhost\r\n" + END, 400),
				arguments("an encoded NUL", "GET /%00 HTTP/1.1\r\nHost: localhost\r\n" + END, 400),
				arguments("no request line", "GARBAGE\r\n\r\n", 400),
				arguments("an illegal header name", "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: y\r\n" + END,
						400),
				arguments("two Host headers", "GET / HTTP/1.1\r\nHost: localhost\r\nHost: other\r\n" + END, 400),
				arguments("an oversized header",
						"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\n" + END, 400),
				arguments("a form over the size limit",
						"POST /login HTTP/1.1\r\nHost: localhost\r\n"
								+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 9000000\r\n" + END
								+ "a=b",
						413));
	}

	static Stream<Arguments> refusedBeforeThePortal() {
		return Stream.of(
				arguments("a path Spring Security's firewall refuses",
						"GET /sessions/..;/x HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n" + END, 400),
				arguments("an encoded dot-dot", "GET /css/%2e%2e/x HTTP/1.1\r\nHost: localhost\r\n" + END, 400),
				arguments("TRACE", "TRACE / HTTP/1.1\r\nHost: localhost\r\n" + END, 405),
				arguments("a write without a CSRF token",
						"POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n" + END, 403));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedByTomcat")
	void tomcatsRefusalsArePlainAndCarryTheSecurityHeaders(String what, String request, int status) throws IOException {
		Answer answer = RawHttp.send(this.port, request);

		assertThat(answer.status()).isEqualTo(status);
		assertSecurityHeaders(answer);
		assertThat(answer.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
		assertThat(answer.text()).isEqualTo(PlainErrorReportValve.text(status));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedBeforeThePortal")
	void errorPagesOfRefusedRequestsCarryTheSecurityHeaders(String what, String request, int status)
			throws IOException {
		Answer answer = RawHttp.send(this.port, request);

		assertThat(answer.status()).isEqualTo(status);
		assertSecurityHeaders(answer);
	}

	private static void assertSecurityHeaders(Answer answer) {
		SecurityHeadersIT.assertSecurityHeaders(answer::values);
		assertThat(answer.text()).doesNotContainIgnoringCase("tomcat")
			.doesNotContainIgnoringCase("apache")
			.doesNotContain("<style")
			.doesNotContain("Exception");
	}

}
