package org.asprecords.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.asprecords.support.IntegrationTest;
import org.asprecords.support.Pages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a visitor puts in an address or a parameter, the portal answers with a page of
 * its own and never with a server error.
 */
@IntegrationTest
class HostileRequestsIT {

	private static final List<String> LISTS = List.of("/sessions", "/resolutions", "/elections", "/budgets",
			"/statements", "/states", "/people", "/organizations", "/search");

	private static final List<String> PARAMETERS = List.of("page", "q", "session", "topic", "sort", "body", "segment",
			"situation", "organization", "kind");

	private static final List<String> VALUES = List.of("-1", "0", "99999999999", "1e3", "", " ", "%", "'", "\"",
			"<script>alert(1)</script>", "' or 1=1 --", "\u0000", "\u202e\u200b", "../../etc/passwd",
			"ICC-ASP/22/Res.4", "x".repeat(5000), "NaN", "null");

	@Autowired
	MockMvcTester mvc;

	static Stream<String> hostileParameters() {
		List<String> uris = new ArrayList<>();
		for (String list : LISTS) {
			for (String parameter : PARAMETERS) {
				for (String value : VALUES) {
					uris.add(list + "?" + parameter + "=" + value);
				}
			}
		}
		return uris.stream();
	}

	static Stream<String> hostilePaths() {
		return Stream.of("/sessions/%00", "/sessions/..%2f..%2f", "/sessions/" + "9".repeat(40), "/resolutions/ICC-ASP",
				"/resolutions/ICC-ASP/22/Res.99999", "/resolutions/ICC-ASP/0/Res.0", "/resolutions/%3Cscript%3E",
				"/elections/22", "/elections/22/judges/extra", "/elections/%27/%22", "/budgets/-1",
				"/budgets/99999999999", "/budgets/2024.5", "/statements/22", "/statements/x/y", "/states/%20",
				"/people/<b>", "/organizations/" + "o".repeat(3000), "/sessions/22/side-events/nope",
				"/sessions/22/unknown-kind/x", "/sessions/nope/decisions/cbf-enlargement", "/webjars/../pom.xml",
				"/css/../application.properties");
	}

	@ParameterizedTest
	@MethodSource("hostileParameters")
	void hostileParametersNeverCauseAServerError(String uri) {
		MvcTestResult result = this.mvc.get().uri(URI.create(encode(uri))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isLessThan(500);
	}

	@ParameterizedTest
	@MethodSource("hostilePaths")
	void hostilePathsGetAFriendlyAnswer(String path) {
		MvcTestResult result = Pages.exchange(this.mvc, path);
		assertThat(result.getResponse().getStatus()).as(path).isBetween(400, 499);
	}

	/** Percent-encodes a query's value the way a browser sends what was typed. */
	private static String encode(String uri) {
		int equals = uri.indexOf('=');
		return uri.substring(0, equals + 1) + URLEncoder.encode(uri.substring(equals + 1), StandardCharsets.UTF_8);
	}

}
