package org.asprecords.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker (vnu, the W3C's validator), run in this JVM on a page's HTML as the
 * portal sent it. It needs no network: its schemas are in its jar.
 */
final class HtmlValidator {

	private static final JsonMapper json = JsonMapper.builder().build();

	private HtmlValidator() {
	}

	/**
	 * The errors the validator finds (warnings and information are left out), one line
	 * each: where, what, and the markup it is about.
	 */
	static List<String> errors(String html) {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		try {
			String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			return json.readTree(report)
				.path("messages")
				.valueStream()
				.filter((message) -> !"info".equals(message.path("type").asString()))
				.map(HtmlValidator::describe)
				.toList();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML validator could not run", ex);
		}
	}

	private static String describe(JsonNode message) {
		return "line " + message.path("lastLine").asString() + ": " + message.path("message").asString() + " ["
				+ message.path("extract").asString() + "]";
	}

}
