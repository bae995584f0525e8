package org.asprecords.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template holds text of its own that would reach a page: every word a visitor reads
 * comes from the message bundles, so that it exists in English and in French. Templates
 * are parsed as Thymeleaf parses them (AttoParser); text is flagged only where it would
 * render. Prototype text inside an element whose body Thymeleaf replaces
 * ({@code th:text}, {@code th:replace}, {@code th:insert}, {@code th:errors}...) never
 * renders, and neither does a plain attribute that a {@code th:} attribute replaces.
 * Punctuation and symbols (·, –, →, parentheses) are not words and may stand in a
 * template.
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a visitor reads or hears. */
	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "label",
			"aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "content", "value");

	/** These replace an element and all it holds. */
	private static final Set<String> REPLACE_ELEMENT = Set.of("th:replace", "th:substituteby");

	/** These replace what an element holds, keeping the element and its attributes. */
	private static final Set<String> REPLACE_BODY = Set.of("th:text", "th:utext", "th:insert", "th:include",
			"th:errors");

	/** Thymeleaf expressions, whose text comes from the model or the bundles. */
	private static final Pattern EXPRESSION = Pattern.compile("[#$*@~]\\{[^{}]*(\\{[^{}]*}[^{}]*)*}");

	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	/** Attributes of th: whose value a visitor reads. */
	private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:title", "th:alt", "th:aria-label",
			"th:placeholder", "th:content", "th:label", "th:alt-title");

	@Test
	void noTemplateHoldsTextOutsideMessageExpressions() throws IOException, ParseException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			try (Reader reader = Files.newBufferedReader(template)) {
				INestableNode document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(reader);
				scan(document, false, TEMPLATES.relativize(template).toString(), found);
			}
		}
		assertThat(found).as("literal text in templates; put it in a message bundle").isEmpty();
	}

	@Test
	void theScanFindsTextThatWouldRender() throws ParseException {
		String template = """
				<html th:replace="~{layout :: layout(~{::main})}"><main>
				<h1 th:text="#{x.title}">Prototype</h1>
				<p>Shown <a th:href="@{/}" title="Home">there</a></p>
				<td th:replace="~{parts :: cell}">Gone</td>
				<p th:remove="all">Prototype row</p>
				<input placeholder="Type here" th:placeholder="#{x.help}"><input type="submit" value="Send">
				<span th:text="|#{x.a} · ${y}|">·</span><span th:text="${a} ? 'Yes' : #{x.no}">·</span>
				<p>( [[#{x.inline}]] ) · –</p>
				</main></html>
				""";
		List<String> found = new ArrayList<>();
		scan(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template), false, "t", found);
		assertThat(found).extracting((line) -> line.substring(line.indexOf(": ") + 2))
			.containsExactlyInAnyOrder("Shown", "there", "title=\"Home\"", "value=\"Send\"", "th:text: 'Yes'");
	}

	private static void scan(INestableNode node, boolean bodyGone, String template, List<String> found) {
		for (INode child : node.getChildren()) {
			if (child instanceof Text text && !bodyGone) {
				String words = INLINED.matcher(text.getContent()).replaceAll(" ").strip();
				if (WORD.matcher(words).find()) {
					found.add(template + ":" + text.getLine() + ": " + words.replaceAll("\\s+", " "));
				}
			}
			else if (child instanceof Element element && !bodyGone) {
				Map<String, String> attributes = element.getAttributeMap();
				boolean root = "html".equalsIgnoreCase(element.getElementName());
				boolean gone = !root && (attributes.keySet().stream().anyMatch(REPLACE_ELEMENT::contains)
						|| "all".equals(attributes.get("th:remove")));
				if (gone || "style".equals(element.getElementName()) || "script".equals(element.getElementName())) {
					continue;
				}
				checkAttributes(element, template, found);
				boolean replacesBody = attributes.keySet().stream().anyMatch(REPLACE_BODY::contains)
						|| "body".equals(attributes.get("th:remove"))
						|| ("textarea".equals(element.getElementName()) && attributes.containsKey("th:field"));
				scan(element, replacesBody, template, found);
			}
		}
	}

	private static void checkAttributes(Element element, String template, List<String> found) {
		Map<String, String> attributes = element.getAttributeMap();
		String where = template + ":" + element.getLine() + ": ";
		String attr = attributes.getOrDefault("th:attr", "");
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			String name = attribute.getKey();
			String value = (attribute.getValue() != null) ? attribute.getValue() : "";
			boolean replaced = attributes.containsKey("th:" + name) || attr.contains(name + "=")
					|| (attributes.containsKey("th:alt-title") && (name.equals("alt") || name.equals("title")))
					|| (name.equals("value") && attributes.containsKey("th:field"));
			if (READ_ATTRIBUTES.contains(name) && !replaced && WORD.matcher(value).find() && readable(element, name)) {
				found.add(where + name + "=\"" + value + "\"");
			}
			if (TEXT_EXPRESSIONS.contains(name) || (name.equals("th:attr") && !value.isEmpty())) {
				String literals = literalsOf(value);
				if (WORD.matcher(literals).find()) {
					found.add(where + name + ": " + literals);
				}
			}
		}
	}

	/**
	 * A value is read only on buttons, and content only on a described meta element.
	 */
	private static boolean readable(Element element, String attribute) {
		String type = element.getAttributeValue("type");
		return switch (attribute) {
			case "value" -> "input".equals(element.getElementName())
					&& ("submit".equals(type) || "button".equals(type) || "reset".equals(type));
			case "content" -> "meta".equals(element.getElementName())
					&& Set.of("description", "keywords").contains(element.getAttributeValue("name"));
			default -> true;
		};
	}

	/**
	 * The text a Thymeleaf expression writes of its own: its quoted literals and what a
	 * literal substitution ({@code |...|}) holds outside its expressions.
	 */
	private static String literalsOf(String expression) {
		String outside = expression;
		String previous;
		do {
			previous = outside;
			outside = EXPRESSION.matcher(outside).replaceAll(" ");
		}
		while (!outside.equals(previous));
		StringBuilder literals = new StringBuilder();
		Matcher quoted = LITERAL.matcher(outside);
		while (quoted.find()) {
			literals.append('\'').append(quoted.group(1)).append("' ");
		}
		int bar = outside.indexOf('|');
		if (bar >= 0 && outside.indexOf('|', bar + 1) > bar) {
			literals.append(outside, bar + 1, outside.indexOf('|', bar + 1));
		}
		return literals.toString().strip();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}
