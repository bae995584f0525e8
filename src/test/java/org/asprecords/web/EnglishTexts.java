package org.asprecords.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Finds English messages on a page served in French: the values of the English bundles
 * that French writes differently, matched against the page's texts (split where templates
 * join a message to other text) and the attributes a visitor reads. Records (names,
 * titles, summaries) stay in English as the sources give them; a message's arguments
 * match a few words, not a record's sentence, so records are not mistaken for messages.
 */
final class EnglishTexts {

	private static final Pattern SEPARATORS = Pattern.compile("\\s[·:;—–→]\\s|[:;()]\\s|\\s[()]|\\n");

	private static final List<EnglishText> ENGLISH = read();

	private EnglishTexts() {
	}

	private static List<EnglishText> read() {
		List<EnglishText> english = new ArrayList<>();
		try {
			for (Path bundle : MessagesTest.bundles()) {
				Properties en = MessagesTest.load(bundle);
				Properties fr = MessagesTest.load(MessagesTest.french(bundle));
				for (String key : en.stringPropertyNames()) {
					String value = en.getProperty(key);
					if (!key.startsWith("format.") && !value.equals(fr.getProperty(key))) {
						EnglishText text = EnglishText.of(key, value);
						if (text != null) {
							english.add(text);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return english;
	}

	/**
	 * The English messages on the page, each as "key: text".
	 */
	static List<String> on(Document page) {
		List<String> texts = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				texts.add(text.text());
			}
			else if (node instanceof Element element) {
				for (String attribute : List.of("title", "alt", "aria-label", "placeholder")) {
					texts.add(element.attr(attribute));
				}
				if (element.is("input[type=submit], input[type=button]")) {
					texts.add(element.attr("value"));
				}
			}
		}, page);
		List<String> found = new ArrayList<>();
		for (String text : texts) {
			for (String part : SEPARATORS.split(text)) {
				String candidate = part.strip();
				if (candidate.isEmpty()) {
					continue;
				}
				ENGLISH.stream()
					.filter((english) -> english.matches(candidate))
					.forEach((english) -> found.add(english.key() + ": " + candidate));
			}
		}
		return found;
	}

	/**
	 * An English message as a page would show it: its text, or for a message with
	 * arguments a pattern with the arguments as wildcards. Messages whose own words are
	 * too few to tell them from a record ("{0}, {1}", "{0} and {1}") are left out.
	 */
	record EnglishText(String key, String text, Pattern pattern) {

		/**
		 * An argument: a name, a date, an amount (up to four words); not a clause of a
		 * record's sentence.
		 */
		private static final String ARGUMENT = "[^,;\\s]+(?: [^,;\\s]+){0,3}?";

		static EnglishText of(String key, String value) {
			if (!value.contains("{")) {
				return (value.chars().anyMatch(Character::isLetter)) ? new EnglishText(key, value.strip(), null) : null;
			}
			StringBuilder regex = new StringBuilder();
			StringBuilder words = new StringBuilder();
			int depth = 0;
			StringBuilder literal = new StringBuilder();
			for (char c : value.toCharArray()) {
				if (c == '{') {
					if (depth == 0) {
						regex.append(Pattern.quote(literal.toString())).append(ARGUMENT);
						words.append(literal).append(' ');
						literal.setLength(0);
					}
					depth++;
				}
				else if (c == '}') {
					depth--;
				}
				else if (depth == 0) {
					literal.append(c);
				}
			}
			regex.append(Pattern.quote(literal.toString()));
			words.append(literal);
			boolean distinctive = Pattern.compile("\\p{L}{4,}").matcher(words).find();
			return distinctive ? new EnglishText(key, null, Pattern.compile(regex.toString())) : null;
		}

		boolean matches(String candidate) {
			return (this.text != null) ? this.text.equals(candidate) : this.pattern.matcher(candidate).matches();
		}

	}

}
