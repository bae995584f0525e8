package org.asprecords.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submits admin forms as an editor's browser does and checks how the portal answers
 * refused input: the form again (never a server error), the message beside the field and
 * tied to its control, and no row written.
 */
public final class AdminForms {

	/**
	 * Characters that make text read otherwise than it is stored: controls, bidi,
	 * zero-width.
	 */
	public static final List<String> HIDDEN_CHARACTERS = List.of("bell\u0007", "escape\u001b[31m", "c1\u0085",
			"rlo\u202Eevil", "isolate\u2066x\u2069", "zero\u200Bwidth", "joiner\u200D", "bom\uFEFF");

	private AdminForms() {
	}

	/**
	 * The fields of a form as name/value pairs, one of them replaced or added.
	 */
	public static String[] with(Map<String, String> fields, String field, String value) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put(field, value);
		List<String> pairs = new ArrayList<>();
		all.forEach((name, typed) -> {
			pairs.add(name);
			pairs.add(typed);
		});
		return pairs.toArray(String[]::new);
	}

	/**
	 * Submits the fields with one value replaced, and asserts that the form comes back
	 * with a message beside that field, tied to its control, and that the table has as
	 * many rows as before.
	 * @return the message
	 */
	public static String refused(MockMvcTester mvc, JdbcClient jdbc, String table, String uri,
			Map<String, String> fields, String field, String value) {
		return refused(mvc, jdbc, table, uri, fields, field, value, field);
	}

	/**
	 * Like
	 * {@link #refused(MockMvcTester, JdbcClient, String, String, Map, String, String)},
	 * for a value refused beside another field (a name giving a slug already taken).
	 */
	public static String refused(MockMvcTester mvc, JdbcClient jdbc, String table, String uri,
			Map<String, String> fields, String field, String value, String refusedField) {
		long before = count(jdbc, table);
		MvcTestResult result = Pages.submit(mvc, uri, with(fields, field, value));
		assertThat(result).as("%s=%s", field, value).hasStatusOk();
		Document page = Pages.parse(result);
		String id = refusedField.replaceAll("[^A-Za-z0-9]+", "-") + "-error";
		Element error = page.getElementById(id);
		assertThat(error)
			.as("message beside %s for %s=%s on a page saying %s", refusedField, field, value,
					page.select("h1, .error-summary, .field-error").eachText())
			.isNotNull();
		assertThat(error.text()).as("message beside %s", refusedField).isNotBlank();
		assertThat(page.select("[aria-describedby~=(^| )" + id + "( |$)]")).as("control tied to %s", id).isNotEmpty();
		assertThat(count(jdbc, table)).as("rows of %s after %s=%s", table, field, value).isEqualTo(before);
		return error.text();
	}

	/**
	 * Asserts that every text field refuses control, bidirectional and zero-width
	 * characters, and text longer than its limit.
	 * @param limits each text field with its longest accepted length
	 */
	public static void refusesHiddenCharactersAndOverlongText(MockMvcTester mvc, JdbcClient jdbc, String table,
			String uri, Map<String, String> fields, Map<String, Integer> limits) {
		limits.forEach((field, limit) -> {
			for (String hidden : HIDDEN_CHARACTERS) {
				refused(mvc, jdbc, table, uri, fields, field, hidden);
			}
			refused(mvc, jdbc, table, uri, fields, field, "x".repeat(limit + 1));
		});
	}

	/**
	 * Saves the edit form twice from the same version, and returns the conflict page the
	 * second save gets.
	 */
	public static Document staleSave(MockMvcTester mvc, String edit, Map<String, String> fields, String field,
			String first, String second) {
		String version = Pages.page(mvc, edit).select("input[name=version]").val();
		Map<String, String> read = new LinkedHashMap<>(fields);
		read.put("version", version);
		assertThat(Pages.submit(mvc, edit, with(read, field, first))).hasStatus3xxRedirection();
		MvcTestResult stale = Pages.submit(mvc, edit, with(read, field, second));
		assertThat(stale).hasStatusOk();
		Document conflict = Pages.parse(stale);
		assertThat(conflict.select("h1").text()).isEqualTo("Someone else saved this record while you were editing it");
		return conflict;
	}

	/**
	 * The fields a browser would submit from the page's record form, as it shows them:
	 * name/value pairs, one pair a chosen option of a list of choices.
	 */
	public static List<String> fieldsOf(Document page) {
		List<String> pairs = new ArrayList<>();
		for (Element control : page.select("form[method=post]:has(input[name=version]) [name]")) {
			String name = control.attr("name");
			switch (control.tagName()) {
				case "select" -> control.select("option[selected]").forEach((option) -> {
					pairs.add(name);
					pairs.add(option.val());
				});
				case "textarea" -> {
					pairs.add(name);
					pairs.add(control.val());
				}
				default -> {
					if (!control.attr("type").equals("checkbox") || control.hasAttr("checked")) {
						pairs.add(name);
						pairs.add(control.val());
					}
				}
			}
		}
		return pairs;
	}

	/**
	 * The pairs with every value of a field replaced by the values given (none to drop
	 * it), added at the end when the field was absent.
	 */
	public static String[] changing(List<String> pairs, String field, String... values) {
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i += 2) {
			if (!pairs.get(i).equals(field)) {
				changed.add(pairs.get(i));
				changed.add(pairs.get(i + 1));
			}
		}
		for (String value : values) {
			changed.add(field);
			changed.add(value);
		}
		return changed.toArray(String[]::new);
	}

	public static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
