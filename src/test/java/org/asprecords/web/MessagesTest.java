package org.asprecords.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern ARGUMENT_OR_CHOICE = Pattern.compile("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}");

	private static final Set<String> SHARED_WORDS = Set.of("session", "sessions", "sources", "note", "abstentions",
			"adoption", "budget", "budgets", "pages", "coalition", "date", "dates", "documents", "situation",
			"situations", "total", "action", "icc", "asp", "res");

	private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

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
	void everyBundleHasAFrenchTwinWithTheSameKeys() throws IOException {
		List<String> differences = new ArrayList<>();
		for (Path bundle : bundles()) {
			Path twin = french(bundle);
			assertThat(twin).as("French twin of " + bundle.getFileName()).exists();
			Set<String> english = load(bundle).stringPropertyNames();
			Set<String> french = load(twin).stringPropertyNames();
			english.stream()
				.filter((key) -> !french.contains(key))
				.forEach((key) -> differences.add(twin.getFileName() + " lacks " + key));
			french.stream()
				.filter((key) -> !english.contains(key))
				.forEach((key) -> differences.add(bundle.getFileName() + " lacks " + key));
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		List<String> empty = new ArrayList<>();
		for (Path bundle : allBundles()) {
			Properties messages = load(bundle);
			messages.stringPropertyNames()
				.stream()
				.filter((key) -> messages.getProperty(key).isBlank())
				.forEach((key) -> empty.add(bundle.getFileName() + ": " + key));
		}
		assertThat(empty).isEmpty();
	}

	/**
	 * A translation keeps every argument of the English message ({0}, {1,number,#}...): a
	 * French message that dropped one would show less than the English.
	 */
	@Test
	void frenchMessagesShowTheArgumentsOfTheEnglishOnes() throws IOException {
		List<String> differences = new ArrayList<>();
		for (Path bundle : bundles()) {
			Properties english = load(bundle);
			Properties french = load(french(bundle));
			for (String key : english.stringPropertyNames()) {
				if (french.containsKey(key)
						&& !arguments(english.getProperty(key)).equals(arguments(french.getProperty(key)))) {
					differences.add(key);
				}
			}
		}
		assertThat(differences).isEmpty();
	}

	/**
	 * Messages given arguments go through MessageFormat, which reads a single quote as
	 * the start of quoted text: there a quote is written twice (''). Messages without
	 * arguments are shown as they are written, so a doubled quote would show twice.
	 * (French text uses the typographic apostrophe, which needs neither.)
	 */
	@Test
	void quotesAreWrittenAsMessageFormatReadsThem() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (Path bundle : allBundles()) {
			Properties messages = load(bundle);
			Locale locale = bundle.getFileName().toString().contains("_fr") ? Locale.FRENCH : Locale.ENGLISH;
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				boolean formatted = !arguments(value).isEmpty() || key.startsWith("typeMismatch");
				if (formatted) {
					try {
						new MessageFormat(value, locale);
					}
					catch (IllegalArgumentException ex) {
						wrong.add(bundle.getFileName() + ": " + key + " is not a valid MessageFormat pattern");
					}
				}
				if (formatted ? LONE_QUOTE.matcher(value).find() : value.contains("''")) {
					wrong.add(bundle.getFileName() + ": " + key);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * A French message written like the English one is a word both languages share
	 * ("Session", "Sources", "Note"), a symbol, or arguments and punctuation only; any
	 * other is an English text left untranslated.
	 */
	@Test
	void frenchWritesTheSameAsEnglishOnlyWordsBothLanguagesShare() throws IOException {
		List<String> untranslated = new ArrayList<>();
		for (Path bundle : bundles()) {
			Properties english = load(bundle);
			Properties french = load(french(bundle));
			for (String key : english.stringPropertyNames()) {
				String value = english.getProperty(key);
				if (!key.startsWith("format.") && !key.equals("site.name") && value.equals(french.getProperty(key))) {
					Matcher words = WORD.matcher(ARGUMENT_OR_CHOICE.matcher(value).replaceAll(""));
					while (words.find()) {
						if (!SHARED_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
							untranslated.add(key + "=" + value);
							break;
						}
					}
				}
			}
		}
		assertThat(untranslated).isEmpty();
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
		for (Path bundle : bundles()) {
			messages.putAll(load(bundle));
		}
		return messages;
	}

	/**
	 * The English bundles, each the default of its name.
	 */
	static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter((file) -> file.getFileName().toString().matches("[a-z-]+\\.properties"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> allBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter((file) -> file.toString().endsWith(".properties")).sorted().toList();
		}
	}

	static Path french(Path bundle) {
		return bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_fr.properties"));
	}

	static Properties load(Path bundle) throws IOException {
		try (InputStream in = Files.newInputStream(bundle)) {
			Properties messages = new Properties();
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return messages;
		}
	}

	private static Set<String> arguments(String message) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}

}
