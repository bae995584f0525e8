package org.asprecords.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.asprecords.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's browser, for tests of signing in: it keeps the cookies it is given (Spring
 * Session's, the CSRF token's, the page asked before signing in), comes from one client
 * address, and posts forms the way a browser does, with the CSRF token of the page the
 * form is on.
 */
public final class Browser {

	/**
	 * Spring Session's cookie.
	 */
	public static final String SESSION_COOKIE = "SESSION";

	private final MockMvcTester mvc;

	private final String address;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String host;

	public Browser(MockMvcTester mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	public MvcTestResult get(String uri) {
		return send(this.mvc.get().uri(uri));
	}

	/**
	 * Opens the page at {@code pageUri} and submits its form posting to
	 * {@code formAction} with these fields (and the form's hidden fields, among them the
	 * CSRF token).
	 */
	public MvcTestResult submit(String pageUri, String formAction, Map<String, String> fields) {
		MvcTestResult page = get(pageUri);
		assertThat(page).as(pageUri).hasStatusOk();
		Document document = Pages.parse(page);
		Element form = document.selectFirst("form[method=post][action=" + formAction + "]");
		assertThat(form).as("a form posting to " + formAction + " on " + pageUri).isNotNull();
		Map<String, String> values = new LinkedHashMap<>();
		form.select("input[type=hidden]").forEach((hidden) -> values.put(hidden.attr("name"), hidden.val()));
		values.putAll(fields);
		MockMvcRequestBuilder post = this.mvc.post().uri(formAction);
		values.forEach(post::param);
		return send(post);
	}

	/**
	 * Opens the page at {@code pageUri} and submits its form posting to
	 * {@code formAction} as a browser would after someone typed into it: every value the
	 * form already holds (hidden fields, text, selected options, ticked boxes), with the
	 * typed ones in their place. A checkbox is ticked by typing {@code "true"}, unticked
	 * by typing {@code null}.
	 */
	public MvcTestResult fill(String pageUri, String formAction, Map<String, String> typed) {
		MvcTestResult page = get(pageUri);
		assertThat(page).as(pageUri).hasStatusOk();
		Element form = Pages.parse(page).selectFirst("form[method=post][action=" + formAction + "]");
		assertThat(form).as("a form posting to " + formAction + " on " + pageUri).isNotNull();
		Map<String, String> values = new LinkedHashMap<>();
		for (Element control : form.select("input[name], textarea[name], select[name]")) {
			String type = control.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
				continue;
			}
			if (control.is("select")) {
				Element selected = control.selectFirst("option[selected]");
				values.put(control.attr("name"), (selected != null) ? selected.val() : "");
			}
			else {
				values.put(control.attr("name"), control.is("textarea") ? control.wholeText() : control.val());
			}
		}
		typed.forEach((name, value) -> {
			if (value == null) {
				values.remove(name);
			}
			else {
				values.put(name, value);
			}
		});
		MockMvcRequestBuilder post = this.mvc.post().uri(formAction);
		values.forEach(post::param);
		return send(post);
	}

	/**
	 * Signs in through the sign-in page.
	 */
	public MvcTestResult signIn(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	/**
	 * The id of the current session, as Spring Session stores it, or {@code null}.
	 */
	public String sessionId() {
		String session = this.cookies.get(SESSION_COOKIE);
		return (session != null) ? new String(Base64.getDecoder().decode(session), StandardCharsets.US_ASCII) : null;
	}

	/**
	 * Sets a cookie, as if an earlier answer had.
	 */
	public void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/**
	 * Sends every request from now on with this {@code Host} header, as a client that
	 * forges it would.
	 */
	public void claimHost(String host) {
		this.host = host;
	}

	private MvcTestResult send(MockMvcRequestBuilder request) {
		request.accept(MediaType.TEXT_HTML).with((MockHttpServletRequest sent) -> {
			sent.setRemoteAddr(this.address);
			return sent;
		});
		if (this.host != null) {
			request.header("Host", this.host);
		}
		this.cookies.forEach((name, value) -> request.cookie(new Cookie(name, value)));
		MvcTestResult result = request.exchange();
		for (Cookie set : result.getResponse().getCookies()) {
			if (set.getMaxAge() == 0 || set.getValue().isEmpty()) {
				this.cookies.remove(set.getName());
			}
			else {
				this.cookies.put(set.getName(), set.getValue());
			}
		}
		return result;
	}

}
