package org.asprecords.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates reach the portal's helpers as expression objects ({@code #formats}), never as
 * beans ({@code @formats}): an expression with a bean reference is never compiled, and is
 * read anew on every page.
 */
class TemplateObjectsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** The names of the {@link TemplateObject}s, which are their beans' names too. */
	private static final List<String> OBJECTS = List.of("assets", "paths", "formats", "chartFormats", "sessionNames",
			"statementNames");

	private static final Pattern BEAN = Pattern.compile("@(" + String.join("|", OBJECTS) + ")\\.");

	@Test
	void templatesCallHelpersAsExpressionObjects() throws IOException {
		assertThat(Files.isDirectory(TEMPLATES)).as(TEMPLATES + " exists").isTrue();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<String> found = files.filter((file) -> file.toString().endsWith(".html")).flatMap((file) -> {
				try {
					Matcher matcher = BEAN.matcher(Files.readString(file));
					return matcher.results().map((match) -> TEMPLATES.relativize(file) + ": " + match.group());
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(found).as("bean references to helpers offered as #objects").isEmpty();
		}
	}

}
