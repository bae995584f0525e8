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
 * A visitor's browser, for tests of signing in: it keeps the session cookie Spring
 * Session sets, comes from one client address, and posts forms the way a browser does,
 * with the CSRF token of the page the form is on.
 */
public final class Browser {

	/**
	 * Spring Session's cookie.
	 */
	public static final String SESSION_COOKIE = "SESSION";

	private final MockMvcTester mvc;

	private final String address;

	private String session;

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
		return (this.session != null) ? new String(Base64.getDecoder().decode(this.session), StandardCharsets.US_ASCII)
				: null;
	}

	private MvcTestResult send(MockMvcRequestBuilder request) {
		request.accept(MediaType.TEXT_HTML).with((MockHttpServletRequest sent) -> {
			sent.setRemoteAddr(this.address);
			return sent;
		});
		if (this.session != null) {
			request.cookie(new Cookie(SESSION_COOKIE, this.session));
		}
		MvcTestResult result = request.exchange();
		Cookie set = result.getResponse().getCookie(SESSION_COOKIE);
		if (set != null) {
			this.session = (set.getMaxAge() == 0 || set.getValue().isEmpty()) ? null : set.getValue();
		}
		return result;
	}

}
