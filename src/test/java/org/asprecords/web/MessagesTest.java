package org.asprecords.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.asprecords.election.CandidacyOutcome;
import org.asprecords.election.ElectionBody;
import org.asprecords.election.ElectionMethod;
import org.asprecords.outcome.DecisionKind;
import org.asprecords.outcome.Instrument;
import org.asprecords.resolution.AdoptionMethod;
import org.asprecords.resolution.ResolutionSort;
import org.asprecords.state.RegionalGroup;
import org.asprecords.statement.Segment;
import org.asprecords.topic.Topic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a page shows comes from the message bundles: each key a template names
 * exists, each value of an enumeration shown on a page has its label, and no template
 * renders unescaped text.
 */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	private static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg\\('([\\w.-]+)'");

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties messages = englishMessages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			for (Pattern pattern : List.of(STATIC_KEY, MSG_CALL)) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					String key = matcher.group(1);
					if (!key.endsWith(".") && !messages.containsKey(key)) {
						missing.add(TEMPLATES.relativize(template) + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumerationShownOnAPageHasItsLabels() throws IOException {
		Properties messages = englishMessages();
		Set<String> missing = new TreeSet<>();
		expect(messages, missing, "election.body.", ElectionBody.values());
		expect(messages, missing, "election.method.", ElectionMethod.values());
		expect(messages, missing, "candidacy.outcome.", CandidacyOutcome.values());
		expect(messages, missing, "statement.segment.", Segment.values());
		expect(messages, missing, "amendment.instrument.", Instrument.values());
		expect(messages, missing, "decision.kind.", DecisionKind.values());
		expect(messages, missing, "regionalGroup.", RegionalGroup.values());
		expect(messages, missing, "resolution.adoption.", AdoptionMethod.values());
		expect(messages, missing, "resolutions.sort.", ResolutionSort.values());
		for (Topic topic : Topic.values()) {
			if (!messages.containsKey(topic.messageKey())) {
				missing.add(topic.messageKey());
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateRendersUnescapedText() throws IOException {
		for (Path template : templates()) {
			assertThat(Files.readString(template)).as(template.toString()).doesNotContain("th:utext");
		}
	}

	private static void expect(Properties messages, Set<String> missing, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			if (!messages.containsKey(prefix + value.name())) {
				missing.add(prefix + value.name());
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

	static Properties englishMessages() throws IOException {
		Properties messages = new Properties();
		try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path bundle : bundles.filter((file) -> file.getFileName().toString().matches("[a-z-]+\\.properties"))
				.toList()) {
				try (InputStream in = Files.newInputStream(bundle)) {
					Properties part = new Properties();
					part.load(new InputStreamReader(in, StandardCharsets.UTF_8));
					messages.putAll(part);
				}
			}
		}
		return messages;
	}

}
