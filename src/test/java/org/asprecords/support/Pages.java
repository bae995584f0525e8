package org.asprecords.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Reads rendered pages the way a visitor's browser asks for them, parsed so that tests
 * assert on what is shown.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * The page at {@code uri} (a URI template with its variables), which must answer 200.
	 */
	public static Document page(MockMvcTester mvc, String uri, Object... variables) {
		MvcTestResult result = exchange(mvc, uri, variables);
		assertThat(result).hasStatusOk();
		return parse(result);
	}

	/**
	 * The answer to {@code uri}, whatever its status.
	 */
	public static MvcTestResult exchange(MockMvcTester mvc, String uri, Object... variables) {
		return mvc.get().uri(uri, variables).accept(MediaType.TEXT_HTML).exchange();
	}

	/** What {@code uri} answers a client that asks with this {@code Accept} header. */
	public static MvcTestResult exchangeAccepting(MockMvcTester mvc, String accept, String uri) {
		return mvc.get().uri(uri).header(HttpHeaders.ACCEPT, accept).exchange();
	}

	/**
	 * Submits a form as a browser does: the fields as name/value pairs, with the CSRF
	 * token.
	 */
	public static MvcTestResult submit(MockMvcTester mvc, String uri, String... fields) {
		MockMvcRequestBuilder request = mvc.post()
			.uri(uri)
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML);
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	public static Document parse(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	/**
	 * The value shown for a key fact ({@code
	 *
	<dt>term</dt>
	 *
	<dd>value</dd>}).
	 */
	/**
	 * The cells of a row of an election's rounds table, by the heading of the row (a
	 * candidate or a ballot figure).
	 */
	public static List<String> roundRow(Document page, String heading) {
		Element row = page.select("table#rounds tbody tr")
			.stream()
			.filter((line) -> line.selectFirst("th").text().equals(heading))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + heading));
		return row.select("td").eachText();
	}

	public static Element fact(Document page, String term) {
		return page.select(".key-facts dt")
			.stream()
			.filter((dt) -> dt.text().equals(term))
			.map(Element::nextElementSibling)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no key fact \"" + term + "\" on " + page.title()));
	}

	/**
	 * Asserts that the answer is the portal's own error page for a mistake of the
	 * visitor's (a 4xx status), with that heading.
	 */
	public static Document assertFriendlyError(MvcTestResult result, String heading) {
		assertThat(result).hasStatus4xxClientError();
		return assertFriendlyError(result, result.getResponse().getStatus(), heading);
	}

	/**
	 * How many SQL statements the page at {@code uri} issues (it must answer 200).
	 */
	public static int statementsIssued(MockMvcTester mvc, SqlStatementCounter counter, String uri) {
		counter.reset();
		assertThat(exchange(mvc, uri)).as(uri).hasStatusOk();
		return counter.count();
	}

	/**
	 * Asserts that the answer is the portal's own error page with that status: its
	 * heading, no stack trace, no framework default page.
	 */
	public static Document assertFriendlyError(MvcTestResult result, int status, String heading) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		Document page = parse(result);
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.text()).doesNotContain("Whitelabel", "Exception", "at org.", "Stack trace", "Tomcat");
		assertThat(page.select("a[href=/]")).isNotEmpty();
		return page;
	}

}
